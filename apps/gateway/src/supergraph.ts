import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where each subgraph listens. */
export type SubgraphUrls = Record<"innsyn" | "oppgave" | "faktura", string>;

/** The committed supergraph with each subgraph's URL replaced by the one configured here. */
export function loadSupergraph(urls: SubgraphUrls): string {
  const path = join(import.meta.dirname, "../../../schema/supergraph.graphql");
  return readFileSync(path, "utf8").replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) =>
    name in urls ? `@join__graph(name: "${name}", url: "${urls[name as keyof SubgraphUrls]}")` : whole,
  );
}
