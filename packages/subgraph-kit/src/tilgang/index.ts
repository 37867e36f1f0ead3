export * from "./fixture-tilgangskilde.ts";
export * from "./tilgangskilde.ts";
