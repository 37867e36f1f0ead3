import { type Kontaktregister, type KrrPerson, krrSvarSchema } from "./krr-person.ts";

/** KRR answers at most this many persons per request. */
export const KRR_MAKS_PER_OPPSLAG = 1000;

/**
 * The current access token for KRR. Called with the token KRR just refused (401), it gives a new
 * one: a token can be revoked, or the register's clock can run ahead of ours.
 */
export type KrrAccessToken = (refused?: string) => Promise<string>;

/** Where KRR is and how to authenticate. */
export interface KrrHttpOptions {
  /** Base URL, e.g. https://kontaktregisteret.no or the dev-krr stand-in. */
  url: string;
  /** A Maskinporten access token for the scope krr:global/kontaktinformasjon.read, when KRR asks for one. */
  accessToken?: KrrAccessToken | undefined;
  /** Gives up on a lookup after this long (default 10 s), so a hung register cannot hold a job's lease. */
  timeoutMs?: number;
}

/** The KRR REST adapter: POST /rest/v1/personer in chunks of at most 1000 persons. */
export function krrHttp(options: KrrHttpOptions): Kontaktregister {
  const endpoint = new URL("/rest/v1/personer", options.url);
  const post = (body: string, token: string | undefined) => {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    return fetch(endpoint, { method: "POST", headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
  };
  return {
    async hentPersoner(personIds) {
      const personer: KrrPerson[] = [];
      for (let start = 0; start < personIds.length; start += KRR_MAKS_PER_OPPSLAG) {
        const del = personIds.slice(start, start + KRR_MAKS_PER_OPPSLAG);
        const body = JSON.stringify({ personidentifikatorer: del });
        let token = await options.accessToken?.();
        let response = await post(body, token);
        // One more try with a fresh token when KRR refuses the cached one.
        if (response.status === 401 && token !== undefined && options.accessToken) {
          await response.body?.cancel();
          token = await options.accessToken(token);
          response = await post(body, token);
        }
        // The status only: the body of a KRR error could echo the person ids.
        if (!response.ok) throw new Error(`KRR answered ${response.status}`);
        personer.push(...krrSvarSchema.parse(await response.json()).personer);
      }
      return personer;
    },
  };
}
