import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./csp.ts";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  const production = contentSecurityPolicy({
    nonce: "abc",
    development: false,
    formTargets: ["http://localhost:4400"],
    https: false,
  });

  it("allows scripts only with the nonce, and never eval in production", () => {
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).not.toContain("unsafe-eval");
    expect(production).not.toContain("unsafe-inline");
  });

  it("lets forms reach the IdP and nothing else foreign, and forbids framing", () => {
    expect(directive(production, "form-action")).toBe("form-action 'self' http://localhost:4400");
    expect(directive(production, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(production, "object-src")).toBe("object-src 'none'");
  });

  it("upgrades insecure requests only over https, and relaxes only in development", () => {
    expect(production).not.toContain("upgrade-insecure-requests");
    const dev = contentSecurityPolicy({ nonce: "n", development: true, formTargets: [], https: true });
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain("upgrade-insecure-requests");
  });
});

describe("createNonce", () => {
  it("is fresh each time and carries 128 bits", () => {
    const a = createNonce();
    expect(a).not.toBe(createNonce());
    expect(atob(a)).toHaveLength(16);
  });
});
