import { describe, expect, it } from "vitest";
import { escapeHtml, renderApiDocs } from "./api-docs-html.ts";
import type { OpenApiDocument } from "./openapi-document.ts";

describe("renderApiDocs", () => {
  it("escapes every text taken from the document", () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    const document: OpenApiDocument = {
      openapi: "3.0.1",
      info: { title: "<script>alert(1)</script>", version: "v1" },
      paths: {},
      components: { schemas: { S: { type: "string", description: "<img src=x>" } }, securitySchemes: {} },
    };
    const page = renderApiDocs(document);
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;script&gt;");
  });
});
