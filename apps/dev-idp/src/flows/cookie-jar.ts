/** One stored cookie. */
interface Cookie {
  name: string;
  value: string;
  path: string;
}

function defaultPath(url: URL): string {
  const lastSlash = url.pathname.lastIndexOf("/");
  return lastSlash > 0 ? url.pathname.slice(0, lastSlash) : "/";
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}

/** Parses one Set-Cookie header; undefined when it deletes the cookie or cannot be read. */
function parseSetCookie(header: string, url: URL): { cookie: Cookie; expired: boolean } | undefined {
  const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
  const equals = pair.indexOf("=");
  if (equals <= 0) return undefined;
  const cookie = { name: pair.slice(0, equals), value: pair.slice(equals + 1), path: defaultPath(url) };
  let expired = false;
  for (const attribute of attributes) {
    const [key = "", value = ""] = attribute.split("=", 2);
    const name = key.toLowerCase();
    if (name === "path" && value.startsWith("/")) cookie.path = value;
    if (name === "max-age" && Number(value) <= 0) expired = true;
    if (name === "expires" && Date.parse(value) <= Date.now()) expired = true;
  }
  return { cookie, expired };
}

/**
 * A minimal cookie jar for one host, enough to walk an OpenID login like a browser: it honours
 * Path, Max-Age and Expires, and ignores Domain (every request goes to the same dev-idp).
 */
export class CookieJar {
  readonly #cookies = new Map<string, Cookie>();

  /** Remembers (or forgets) the cookies a response sets. */
  store(response: Response, url: URL): void {
    for (const header of response.headers.getSetCookie()) {
      const parsed = parseSetCookie(header, url);
      if (!parsed) continue;
      const key = `${parsed.cookie.name};${parsed.cookie.path}`;
      if (parsed.expired) this.#cookies.delete(key);
      else this.#cookies.set(key, parsed.cookie);
    }
  }

  /** The Cookie header for a request to `url`, or undefined when no cookie applies. */
  header(url: URL): string | undefined {
    const matching = [...this.#cookies.values()]
      .filter((cookie) => pathMatches(url.pathname, cookie.path))
      // Longer paths first, as browsers send them.
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length > 0 ? matching.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") : undefined;
  }
}
