import { describe, expect, it } from "vitest";
import { CookieJar } from "./cookie-jar.ts";

function responseSetting(...cookies: string[]): Response {
  const headers = new Headers();
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { headers });
}

describe("CookieJar", () => {
  it("sends a cookie only below its path, longest path first", () => {
    const jar = new CookieJar();
    jar.store(responseSetting("a=1; path=/idporten/interaction/x", "b=2; path=/"), new URL("http://h/idporten/auth"));
    expect(jar.header(new URL("http://h/idporten/interaction/x/login"))).toBe("a=1; b=2");
    expect(jar.header(new URL("http://h/idporten/interaction/xy"))).toBe("b=2");
    expect(jar.header(new URL("http://h/other"))).toBe("b=2");
  });

  it("forgets a cookie set with an expiry in the past or Max-Age=0", () => {
    const jar = new CookieJar();
    const url = new URL("http://h/");
    jar.store(responseSetting("a=1; path=/", "b=2; path=/"), url);
    jar.store(responseSetting("a=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT", "b=; path=/; max-age=0"), url);
    expect(jar.header(url)).toBeUndefined();
  });

  it("defaults the path to the request's directory", () => {
    const jar = new CookieJar();
    jar.store(responseSetting("a=1"), new URL("http://h/idporten/auth/abc"));
    expect(jar.header(new URL("http://h/idporten/auth/def"))).toBe("a=1");
    expect(jar.header(new URL("http://h/idporten/token"))).toBeUndefined();
  });
});
