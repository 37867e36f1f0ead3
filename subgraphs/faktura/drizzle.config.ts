import { defineConfig } from "drizzle-kit";

/** drizzle-kit settings: migrations for the tables in the "faktura" Postgres schema only. */
export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  schemaFilter: ["faktura"],
});
