import type { OpenApiDocument, OpenApiOperation, OpenApiSchema } from "./openapi-document.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const refName = (ref: string) => ref.replace("#/components/schemas/", "");
const anchor = (name: string) => `schema-${name}`;

function typeOf(schema: OpenApiSchema): string {
  if (schema.$ref) return `<a href="#${anchor(refName(schema.$ref))}">${escapeHtml(refName(schema.$ref))}</a>`;
  if (schema.type === "array" && schema.items) return `liste av ${typeOf(schema.items)}`;
  const format = schema.format ? ` (${escapeHtml(schema.format)})` : "";
  const values = schema.enum ? `: ${schema.enum.map((value) => `<code>${escapeHtml(value)}</code>`).join(" | ")}` : "";
  return `${escapeHtml(schema.type ?? "")}${format}${values}`;
}

function table(caption: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return "";
  const header = head.map((cell) => `<th scope="col">${cell}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("\n");
  return `<table>\n<caption>${caption}</caption>\n<thead><tr>${header}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const yesNo = (value: boolean | undefined) => (value ? "ja" : "nei");
const text = (value: string | undefined) => escapeHtml(value ?? "");

function operationSection(path: string, method: string, operation: OpenApiOperation): string {
  const parameters = (operation.parameters ?? []).map((p) => [
    `<code>${escapeHtml(p.name)}</code>`,
    escapeHtml(p.in),
    yesNo(p.required),
    typeOf(p.schema),
    text(p.description),
  ]);
  const [bodyType = "", bodyMedia] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  const body = bodyMedia?.schema;
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const schema = Object.values(response.content ?? {})[0]?.schema;
    return [escapeHtml(status), text(response.description), schema ? typeOf(schema) : ""];
  });
  return [
    `<section aria-labelledby="op-${operation.operationId}">`,
    `<h3 id="op-${operation.operationId}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>`,
    `<p><strong>${text(operation.summary)}</strong> (operationId <code>${escapeHtml(operation.operationId)}</code>)</p>`,
    operation.description ? `<p>${text(operation.description)}</p>` : "",
    table("Parametere", ["Navn", "Hvor", "Påkrevd", "Type", "Beskrivelse"], parameters),
    body ? `<p>Innhold (${escapeHtml(bodyType)}): ${typeOf(body)}</p>` : "",
    table("Svar", ["Status", "Beskrivelse", "Innhold"], responses),
    "</section>",
  ].join("\n");
}

function schemaSection(name: string, schema: OpenApiSchema): string {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([property, value]) => [
    `<code>${escapeHtml(property)}</code>`,
    typeOf(value),
    yesNo(required.has(property)),
    text(value.description),
  ]);
  return [
    `<section aria-labelledby="${anchor(name)}">`,
    `<h3 id="${anchor(name)}">${escapeHtml(name)}</h3>`,
    schema.description ? `<p>${text(schema.description)}</p>` : "",
    schema.properties ? "" : `<p>Type: ${typeOf(schema)}</p>`,
    table(`Felt i ${escapeHtml(name)}`, ["Felt", "Type", "Påkrevd", "Beskrivelse"], rows),
    "</section>",
  ].join("\n");
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}code{background:#f2f2f2;padding:0 .2rem}a{color:#0b5ea8}`;

/** The API documentation page, rendered on the server from the OpenAPI document. */
export function renderApiDocs(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => operationSection(path, method, operation)),
  );
  const schemas = Object.entries(document.components.schemas).map(([name, schema]) => schemaSection(name, schema));
  const security = Object.entries(document.components.securitySchemes).map(([name, scheme]) => [
    `<code>${escapeHtml(name)}</code>`,
    escapeHtml(scheme.type === "apiKey" ? `header ${scheme.name}` : `${scheme.scheme} ${scheme.bearerFormat ?? ""}`),
    text(scheme.description),
  ]);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1></header>
<main>
${text(document.info.description)
  .split("\n\n")
  .map((paragraph) => `<p>${paragraph}</p>`)
  .join("\n")}
<p>Maskinlesbar versjon: <a href="openapi.json">openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<h2>Autentisering</h2>
${table("Sikkerhetsskjemaer", ["Navn", "Hvordan", "Beskrivelse"], security)}
<h2>Endepunkter</h2>
${operations.join("\n")}
<h2>Skjemaer</h2>
${schemas.join("\n")}
</main>
</body>
</html>
`;
}
