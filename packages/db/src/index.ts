export * from "./database.ts";
export * from "./repo-root.ts";
