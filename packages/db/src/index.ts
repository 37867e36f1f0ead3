export * from "./database.ts";
export * from "./repo-root.ts";
export * from "./safe-error-message.ts";
