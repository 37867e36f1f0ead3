import { describe, expect, it } from "vitest";
import { endSessionUrl } from "./end-session-url.ts";

describe("endSessionUrl", () => {
  it("adds the id_token hint and where to come back to, keeping the endpoint's own query", () => {
    const url = new URL(
      endSessionUrl("http://localhost:4400/idporten/session/end?x=1", "a.b.c", "http://localhost:3000/"),
    );
    expect(url.origin + url.pathname).toBe("http://localhost:4400/idporten/session/end");
    expect(url.searchParams.get("x")).toBe("1");
    expect(url.searchParams.get("id_token_hint")).toBe("a.b.c");
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("http://localhost:3000/");
  });
});
