export * from "./access.ts";
export * from "./create-subgraph.ts";
export * from "./errors.ts";
export * from "./http-server.ts";
export * from "./shutdown.ts";
export * from "./start-options.ts";
export * from "./env.ts";
