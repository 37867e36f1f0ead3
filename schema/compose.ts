import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";

/**
 * Composes subgraphs/<name>/schema.graphql into schema/supergraph.graphql.
 * With --check it writes nothing and fails when the committed file differs.
 */
const root = join(import.meta.dirname, "..");
const SUBGRAPHS = [
  { name: "innsyn", url: process.env.INNSYN_URL ?? "http://127.0.0.1:4001/graphql" },
  { name: "oppgave", url: process.env.OPPGAVE_URL ?? "http://127.0.0.1:4002/graphql" },
  { name: "faktura", url: process.env.FAKTURA_URL ?? "http://127.0.0.1:4003/graphql" },
];
const target = join(import.meta.dirname, "supergraph.graphql");

const result = composeServices(
  SUBGRAPHS.map(({ name, url }) => ({
    name,
    url,
    typeDefs: parse(readFileSync(join(root, "subgraphs", name, "schema.graphql"), "utf8")),
  })),
);

if (result.errors && result.errors.length > 0) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
if (!result.supergraphSdl) throw new Error("composition produced no supergraph");
const supergraph = `${result.supergraphSdl.trim()}\n`;

if (process.argv.includes("--check")) {
  const committed = readFileSync(target, "utf8");
  if (committed !== supergraph) {
    console.error("schema/supergraph.graphql is stale: run `npm run compose` and commit the result");
    process.exit(1);
  }
  console.log("schema/supergraph.graphql is current");
} else {
  writeFileSync(target, supergraph);
  console.log(`wrote schema/supergraph.graphql from ${SUBGRAPHS.length} subgraphs`);
}
