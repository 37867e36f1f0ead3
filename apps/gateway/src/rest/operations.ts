import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A named GraphQL operation the REST adapter runs, with the fragments it spreads. */
export interface NamedOperation {
  operationName: string;
  query: string;
}

const folder = join(import.meta.dirname, "operations");

// Each .graphql file holds one operation or one fragment and is named after it.
const documents = new Map(
  readdirSync(folder)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => [file.replace(/\.graphql$/, ""), readFileSync(join(folder, file), "utf8")]),
);

// Named spreads (`...Name`, not inline `... on Type`), followed into the fragments they name.
const SPREAD = /\.\.\.\s*(?!on\b)([A-Za-z_]\w*)/g;

function withFragments(source: string): string {
  const included = new Map<string, string>();
  const pending = [source];
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    for (const [, name = ""] of text.matchAll(SPREAD)) {
      if (included.has(name)) continue;
      const fragment = documents.get(name);
      if (!fragment) throw new Error(`fragment ${name} has no file in ${folder}`);
      included.set(name, fragment);
      pending.push(fragment);
    }
  }
  return [source, ...included.values()].join("\n");
}

/** The operation in operations/<name>.graphql, ready to send; throws at start-up when missing. */
export function operation(name: string): NamedOperation {
  const source = documents.get(name);
  if (!source) throw new Error(`operation ${name} has no file in ${folder}`);
  return { operationName: name, query: withFragments(source) };
}
