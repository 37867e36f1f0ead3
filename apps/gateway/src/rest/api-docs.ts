import { renderApiDocs } from "./api-docs-html.ts";
import { OPENAPI, OPENAPI_TEXT } from "./openapi-document.ts";
import type { RouteHandler } from "./route.ts";

const page = renderApiDocs(OPENAPI);

/** GET /min-kommune/api/v1/openapi.json: public, like the KS documentation. */
export const openApiDocument: RouteHandler = () =>
  new Response(OPENAPI_TEXT, { headers: { "content-type": "application/json; charset=utf-8" } });

/** GET /min-kommune/api/v1/docs: the same document as a page, without scripts or outside resources. */
export const apiDocsPage: RouteHandler = () =>
  new Response(page, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
