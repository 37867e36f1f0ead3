import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The parts of an OpenAPI 3.0 document the adapter reads. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  enum?: string[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  [keyword: string]: unknown;
}

/** One operation of an OpenAPI 3.0 document. */
export interface OpenApiOperation {
  operationId: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: OpenApiSchema }[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: OpenApiSchema }> }>;
}

/** An OpenAPI 3.0 document. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; description?: string; version: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema>; securitySchemes: Record<string, Record<string, string>> };
}

/** The path of the committed document, a superset of the KS Oppgave API. */
export const OPENAPI_PATH = join(import.meta.dirname, "openapi.json");

/** The adapter's OpenAPI document, read once. */
export const OPENAPI_TEXT = readFileSync(OPENAPI_PATH, "utf8");

/** The adapter's OpenAPI document, parsed. */
export const OPENAPI: OpenApiDocument = JSON.parse(OPENAPI_TEXT);
