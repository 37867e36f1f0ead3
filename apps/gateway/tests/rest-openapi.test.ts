import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPENAPI_TEXT, type OpenApiDocument, type OpenApiSchema } from "../src/rest/openapi-document.ts";
import { ContractClient } from "./rest/contract-client.ts";
import { startStack } from "./stack.ts";

// KS's OpenAPI files (static/api/…), unchanged except for formatting: ours must be a superset of each.
const KS_FILES = [
  ["KS Oppgave API", "ks-min-kommune-oppgave-ekstern-api-v1.json"],
  ["KS Innsyn Index API v2", "ks-innsyn-index-api-v2.json"],
  ["KS Innsyn Delete API v1", "ks-innsyn-delete-api-v1.json"],
].map(([name, file]) => ({
  name: name as string,
  ks: JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", file as string), "utf8")) as OpenApiDocument,
}));

let stack: Awaited<ReturnType<typeof startStack>>;
let api: ContractClient;
let served: OpenApiDocument;
beforeAll(async () => {
  stack = await startStack({ subgraphs: [] });
  api = await ContractClient.connect(stack.url);
  served = (await api.request("GET", "/min-kommune/api/v1/openapi.json")).body as OpenApiDocument;
});
afterAll(() => stack?.close());

// Every place in the KS document where ours must say the same.
function expectSameSchema(ours: OpenApiSchema | undefined, theirs: OpenApiSchema, where: string) {
  expect(ours, where).toBeDefined();
  for (const keyword of ["$ref", "type", "format"] as const)
    expect(ours?.[keyword], `${where} ${keyword}`).toBe(theirs[keyword]);
  for (const value of theirs.enum ?? []) expect(ours?.enum, `${where} enum`).toContain(value);
  if (theirs.items) expectSameSchema(ours?.items, theirs.items, `${where}[]`);
  for (const [name, property] of Object.entries(theirs.properties ?? {}))
    expectSameSchema(ours?.properties?.[name], property, `${where}.${name}`);
  for (const name of theirs.required ?? []) expect(ours?.required, `${where} required`).toContain(name);
}

describe("the served OpenAPI document", () => {
  it("is the committed file, served without authentication", () => {
    expect(served).toEqual(JSON.parse(OPENAPI_TEXT));
  });

  it.each(KS_FILES)(
    "is a superset of the $name: every path, operation, parameter, schema, property and enum",
    ({ ks }) => {
      expect(served.openapi).toBe(ks.openapi);
      for (const [path, operations] of Object.entries(ks.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const ours = served.paths[path]?.[method];
          expect(ours?.operationId, `${method} ${path}`).toBe(operation.operationId);
          for (const parameter of operation.parameters ?? []) {
            const match = ours?.parameters?.find((p) => p.name === parameter.name && p.in === parameter.in);
            expectSameSchema(match?.schema, parameter.schema, `${method} ${path} ${parameter.name}`);
          }
          const body = operation.requestBody?.content["application/json"]?.schema;
          if (body)
            expectSameSchema(ours?.requestBody?.content["application/json"]?.schema, body, `${method} ${path} body`);
          for (const [status, response] of Object.entries(operation.responses)) {
            expect(ours?.responses[status], `${method} ${path} ${status}`).toBeDefined();
            const schema = response.content?.["application/json"]?.schema;
            const mine = ours?.responses[status]?.content?.["application/json"]?.schema;
            if (schema) expectSameSchema(mine, schema, `${method} ${path} ${status}`);
          }
        }
      }
      for (const [name, schema] of Object.entries(ks.components.schemas))
        expectSameSchema(served.components.schemas[name], schema, name);
      for (const [name, scheme] of Object.entries(ks.components.securitySchemes ?? {}))
        expect(served.components.securitySchemes[name], name).toMatchObject(scheme);
    },
  );

  it("resolves every $ref", () => {
    const refs = [...OPENAPI_TEXT.matchAll(/"\$ref": "#\/components\/schemas\/(\w+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(served.components.schemas[ref], ref).toBeDefined();
  });
});

describe("the API page", () => {
  let page: string;
  beforeAll(async () => {
    page = (await api.request("GET", "/min-kommune/api/v1/docs")).text;
  });

  it("documents every operation and schema of the document", () => {
    for (const operations of Object.values(served.paths))
      for (const operation of Object.values(operations)) expect(page).toContain(`id="op-${operation.operationId}"`);
    for (const name of Object.keys(served.components.schemas)) expect(page).toContain(`id="schema-${name}"`);
  });

  it("is accessible markup without scripts or outside resources", () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toContain("<caption>");
    expect(page).toContain('<th scope="col">');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=/i);
    expect(page).not.toMatch(/href="(?!#|openapi\.json")/);
  });

  it("is served with a policy that allows nothing from elsewhere", async () => {
    const response = await api.request("GET", "/min-kommune/api/v1/docs");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});
