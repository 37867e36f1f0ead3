import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Every codegen target: resolver types for each subgraph and typed documents for the web app.
 * Workspaces run it with CODEGEN_TARGET set to their own name; unset runs every target.
 * Each subgraph lists its row-type mappers in codegen.mappers.json beside its schema.
 */
const root = import.meta.dirname;
const subgraphs = ["innsyn", "oppgave", "faktura"] as const;

function subgraphTarget(name: (typeof subgraphs)[number]): CodegenConfig["generates"] {
  const dir = join(root, "subgraphs", name);
  const mappers = JSON.parse(readFileSync(join(dir, "codegen.mappers.json"), "utf8")) as Record<string, string>;
  return {
    [join(dir, "src/generated/resolvers-types.ts")]: {
      schema: join(dir, "schema.graphql"),
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: "../context.ts#Context",
        mappers,
        scalars: { Date: "string", DateTime: "string", Ore: "number", UUID: "string" },
      },
    },
  };
}

const webTarget: CodegenConfig["generates"] = {
  [join(root, "apps/web/src/generated/")]: {
    schema: join(root, "schema/supergraph.graphql"),
    documents: join(root, "apps/web/src/graphql/**/*.graphql"),
    preset: "client",
    config: {
      enumsAsTypes: true,
      useTypeImports: true,
      scalars: { Date: "string", DateTime: "string", Ore: "number", UUID: "string" },
    },
    presetConfig: { fragmentMasking: false },
  },
};

const target = process.env.CODEGEN_TARGET;
const generates: CodegenConfig["generates"] = {};
for (const name of subgraphs) if (!target || target === name) Object.assign(generates, subgraphTarget(name));
if (!target || target === "web") Object.assign(generates, webTarget);

const config: CodegenConfig = { overwrite: true, generates, silent: true };
export default config;
