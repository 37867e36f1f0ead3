import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";
import type { OpenApiDocument, OpenApiSchema } from "../../src/rest/openapi-document.ts";

// ajv-formats ships CommonJS; its default export is the function under Node's ESM interop.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** A response the contract client received and checked against the served document. */
export interface CheckedResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
  /** The body as sent, for files. */
  bytes: Uint8Array;
}

const SCHEMA_REF = "#/components/schemas/";

// "#/components/schemas/X" → "X": every component schema is registered under its own name.
function withLocalRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withLocalRefs);
  if (typeof schema !== "object" || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "$ref" && typeof value === "string" ? [key, value.replace(SCHEMA_REF, "")] : [key, withLocalRefs(value)],
    ),
  );
}

function templatePattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`);
}

/**
 * An HTTP client for the REST adapter that checks every response against the OpenAPI
 * document the gateway serves: the status must be documented for that path and method,
 * the content type must match, and a JSON body must satisfy the documented schema.
 */
export class ContractClient {
  readonly #baseUrl: string;
  readonly #document: OpenApiDocument;
  readonly #ajv: Ajv;
  readonly #validators = new Map<OpenApiSchema, ValidateFunction>();
  /** How many responses were checked, so a suite can prove it checked them all. */
  checked = 0;

  constructor(baseUrl: string, document: OpenApiDocument) {
    this.#baseUrl = baseUrl;
    this.#document = document;
    this.#ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(this.#ajv);
    this.#ajv.addKeyword("example");
    for (const [name, schema] of Object.entries(document.components.schemas))
      this.#ajv.addSchema(withLocalRefs(schema) as object, name);
  }

  /** Loads the served document and builds a client on it. */
  static async connect(baseUrl: string): Promise<ContractClient> {
    const response = await fetch(`${baseUrl}/min-kommune/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    return new ContractClient(baseUrl, (await response.json()) as OpenApiDocument);
  }

  #validator(schema: OpenApiSchema): ValidateFunction {
    let validate = this.#validators.get(schema);
    if (!validate) {
      validate = this.#ajv.compile(withLocalRefs(schema) as object);
      this.#validators.set(schema, validate);
    }
    return validate;
  }

  // The documented responses for a request; an unknown path answers 404 and an undocumented
  // method 405, both with the ErrorMessage the document defines.
  #documented(method: string, pathname: string) {
    const errorOnly = (status: string) => ({
      [status]: {
        description: status,
        content: { "application/json": { schema: { $ref: `${SCHEMA_REF}ErrorMessage` } } },
      },
    });
    const path = Object.keys(this.#document.paths).find((candidate) => templatePattern(candidate).test(pathname));
    if (!path) return errorOnly("404");
    return this.#document.paths[path]?.[method.toLowerCase()]?.responses ?? errorOnly("405");
  }

  /** Sends a request and checks the answer against the document before returning it. */
  async request(method: string, path: string, init: RequestInit & { duplex?: "half" } = {}) {
    const response = await fetch(`${this.#baseUrl}${path}`, { method, ...init });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const responses = this.#documented(method, new URL(path, this.#baseUrl).pathname);
    const documented = responses[String(response.status)];
    expect(documented, `${method} ${path} answered an undocumented ${response.status}: ${text}`).toBeDefined();
    const [contentType, media] = Object.entries(documented?.content ?? {})[0] ?? [];
    // A download is documented as */*: its type is the stored document's.
    if (!contentType?.includes("*")) expect(response.headers.get("content-type") ?? "").toContain(contentType ?? "");
    let body: unknown = text;
    if (contentType === "application/json") {
      body = JSON.parse(text);
      const validate = this.#validator(media?.schema ?? {});
      expect(validate(body), `${method} ${path} ${response.status}: ${this.#ajv.errorsText(validate.errors)}`).toBe(
        true,
      );
    }
    this.checked += 1;
    return { status: response.status, headers: response.headers, body, text, bytes } satisfies CheckedResponse;
  }

  /** A request with a JSON body. */
  async send(method: string, path: string, headers: Record<string, string>, body: unknown) {
    return this.request(method, path, {
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  }
}
