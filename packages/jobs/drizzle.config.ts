import { defineConfig } from "drizzle-kit";

/** drizzle-kit settings for the test schema, proving the table factory migrates as a subgraph's would. */
export default defineConfig({
  schema: "./tests/helpers/schema.ts",
  out: "./tests/drizzle",
  dialect: "postgresql",
  schemaFilter: ["jobs_test"],
});
