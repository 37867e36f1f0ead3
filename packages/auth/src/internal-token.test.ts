import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signInternalToken, verifyInternalToken } from "./internal-token.ts";
import type { Principal } from "./principal.ts";

const secret = "a-test-secret-that-is-long-enough-123456";
const principal: Principal = {
  type: "innbygger",
  pid: "12858510048",
  innbyggerId: "abcdefghijklmnopqrstuv",
  niva: 4,
};

describe("internal token", () => {
  it("round-trips the principal", async () => {
    const token = await signInternalToken(principal, secret);
    await expect(verifyInternalToken(token, secret)).resolves.toEqual(principal);
  });

  it("rejects a token signed with another secret", async () => {
    const token = await signInternalToken(principal, `${secret}-other`);
    await expect(verifyInternalToken(token, secret)).rejects.toThrow();
  });

  it("rejects an expired token", async () => {
    const token = await new SignJWT({ principal })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("minkommune-gateway")
      .setAudience("minkommune-subgraph")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(token, secret)).rejects.toThrow(/exp/);
  });

  it("rejects a token whose principal is malformed", async () => {
    const token = await new SignJWT({ principal: { type: "innbygger", pid: "1" } })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("minkommune-gateway")
      .setAudience("minkommune-subgraph")
      .setExpirationTime("60s")
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(token, secret)).rejects.toThrow();
  });

  it("refuses a short secret", async () => {
    await expect(signInternalToken(principal, "short")).rejects.toThrow(/32 characters/);
  });
});
