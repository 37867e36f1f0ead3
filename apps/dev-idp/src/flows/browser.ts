import { CookieJar } from "./cookie-jar.ts";

/** A response as the browser saw it, with the body read and any redirect target resolved. */
export interface BrowserResponse {
  status: number;
  url: URL;
  /** The absolute redirect target of a 3xx response. */
  location?: URL;
  body: string;
}

const MAX_REDIRECTS = 20;

/**
 * A tiny browser: keeps cookies, follows redirects itself so the caller can stop at the
 * client's redirect_uri (which nobody serves), and submits forms urlencoded.
 */
export class Browser {
  readonly #jar = new CookieJar();

  /** One request, without following redirects. */
  async request(url: URL, init: { method?: string; form?: Record<string, string> } = {}): Promise<BrowserResponse> {
    const headers = new Headers({ accept: "text/html" });
    const cookie = this.#jar.header(url);
    if (cookie) headers.set("cookie", cookie);
    let body: string | undefined;
    if (init.form) {
      headers.set("content-type", "application/x-www-form-urlencoded");
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    this.#jar.store(response, url);
    const location = response.headers.get("location");
    return {
      status: response.status,
      url,
      location: response.status >= 300 && response.status < 400 && location ? new URL(location, url) : undefined,
      body: await response.text(),
    };
  }

  /**
   * Follows redirects from `first` (already made) until a page is shown or the next target
   * satisfies `stopAt`; then returns that last response.
   */
  async follow(first: BrowserResponse, stopAt: (target: URL) => boolean): Promise<BrowserResponse> {
    let response = first;
    for (let hops = 0; response.location && !stopAt(response.location); hops++) {
      if (hops >= MAX_REDIRECTS)
        throw new Error(`too many redirects (last: ${response.location.origin}${response.location.pathname})`);
      response = await this.request(response.location);
    }
    return response;
  }
}
