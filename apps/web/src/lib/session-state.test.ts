import { describe, expect, it } from "vitest";
import { isExpired, tokensFromJwt, tokensFromSignIn } from "./session-state.ts";

const account = { access_token: "at", id_token: "it", expires_at: 1_000 };

describe("tokensFromSignIn", () => {
  it("keeps the tokens and reads the level from acr", () => {
    expect(tokensFromSignIn(account, "idporten-loa-high")).toEqual({
      accessToken: "at",
      idToken: "it",
      expiresAt: 1_000,
      niva: 4,
    });
    expect(tokensFromSignIn(account, "idporten-loa-substantial")?.niva).toBe(3);
  });

  it("refuses a sign-in without a known level or without tokens", () => {
    expect(tokensFromSignIn(account, "idporten-loa-low")).toBeNull();
    expect(tokensFromSignIn({ ...account, access_token: undefined }, "idporten-loa-high")).toBeNull();
  });
});

describe("tokensFromJwt", () => {
  it("round-trips what sign-in stored and rejects anything malformed", () => {
    const idporten = tokensFromSignIn(account, "idporten-loa-high");
    expect(tokensFromJwt({ idporten })).toEqual(idporten);
    expect(tokensFromJwt({ idporten: { ...idporten, niva: 2 } })).toBeNull();
    expect(tokensFromJwt({})).toBeNull();
    expect(tokensFromJwt(null)).toBeNull();
  });
});

describe("isExpired", () => {
  it("counts a token as expired a little before its exp", () => {
    expect(isExpired(1_000, 900_000)).toBe(false);
    expect(isExpired(1_000, 995_000)).toBe(true);
    expect(isExpired(1_000, 1_000_000)).toBe(true);
  });
});
