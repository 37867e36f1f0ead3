import { describe, expect, it } from "vitest";
import { tokenEndpoint } from "./token-endpoint.ts";

describe("tokenEndpoint", () => {
  it.each([
    ["https://maskinporten.no/", "https://maskinporten.no/token"],
    ["https://test.maskinporten.no/", "https://test.maskinporten.no/token"],
    ["http://localhost:4400/maskinporten", "http://localhost:4400/maskinporten/token"],
  ])("of %s is %s", (issuer, endpoint) => {
    expect(tokenEndpoint(issuer).href).toBe(endpoint);
  });
});
