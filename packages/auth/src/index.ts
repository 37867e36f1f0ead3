export * from "./innbygger-id.ts";
export * from "./internal-token.ts";
export * from "./person-id.ts";
export * from "./principal.ts";
export * from "./ttl-cache.ts";
