import { INTERNAL_TOKEN_HEADER } from "@minkommune/auth";
import { AuthenticationError } from "../auth/authenticate.ts";
import type { InternalTokenIssuer } from "../auth/plugin.ts";
import { RestError } from "./rest-error.ts";
import type { ForwardRequest } from "./route.ts";

/** What the client's request carries on to the document store: the body's framing, nothing else. */
const REQUEST_HEADERS = ["content-type", "content-length"] as const;

/** What the document store's answer carries back to the client. */
const RESPONSE_HEADERS = [
  "content-type",
  "content-length",
  "content-disposition",
  "location",
  "cache-control",
  "x-content-type-options",
  "digest",
  "allow",
] as const;

function copied(from: Headers, names: readonly string[], into = new Headers()): Headers {
  for (const name of names) {
    const value = from.get(name);
    if (value !== null) into.set(name, value);
  }
  return into;
}

/** How much of a refused upload is read and dropped so the client can read the answer. */
const DRAIN_LIMIT_BYTES = 1024 * 1024;

// A client still sending its body gets the refusal only once the body is read; a small rest is
// read and dropped, a large upload is cut off instead of being received for nothing.
async function discardBody(request: Request): Promise<void> {
  const reader = request.body?.getReader();
  if (!reader) return;
  try {
    for (let read = 0; read <= DRAIN_LIMIT_BYTES; ) {
      const chunk = await reader.read();
      if (chunk.done) return;
      read += chunk.value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away; there is nobody left to answer.
  }
}

async function tokenFor(issueToken: InternalTokenIssuer, request: Request): Promise<string> {
  try {
    return await issueToken(request.headers);
  } catch (error) {
    await discardBody(request);
    if (error instanceof AuthenticationError) {
      throw new RestError(401, "UNAUTHENTICATED", error.message, {
        headers: { "www-authenticate": 'Bearer realm="min-kommune"' },
      });
    }
    throw new RestError(503, "SERVICE_UNAVAILABLE", "Innloggingstjenesten svarer ikke", { cause: error });
  }
}

/**
 * Forwards document requests to the Innsyn subgraph, which serves the document store as HTTP:
 * the caller is authenticated here (the same Authenticator as GraphQL) and the subgraph gets the
 * internal token instead of the caller's credentials. Bodies stream both ways, so a 20 MB file
 * never sits in the gateway's memory; status and the headers a download depends on are kept.
 * The subgraph's own refusals (403, 404, 410, 413 …) are already Fiks ErrorMessages, logged there
 * with their errorId, and pass through unchanged.
 */
export function documentForwarder(innsynUrl: string, issueToken: InternalTokenIssuer): ForwardRequest {
  const origin = new URL(innsynUrl).origin;
  return async (request) => {
    const token = await tokenFor(issueToken, request);
    const { pathname, search } = new URL(request.url);
    const headers = copied(request.headers, REQUEST_HEADERS, new Headers({ [INTERNAL_TOKEN_HEADER]: token }));
    const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== null;
    let upstream: Response;
    try {
      upstream = await fetch(`${origin}${pathname}${search}`, {
        method: request.method,
        headers,
        redirect: "manual",
        signal: request.signal,
        ...(hasBody ? { body: request.body, duplex: "half" } : {}),
      } as RequestInit);
    } catch (error) {
      throw new RestError(500, "INTERNAL_ERROR", "Systemfeil", { cause: error });
    }
    return new Response(upstream.body, {
      status: upstream.status,
      headers: copied(upstream.headers, RESPONSE_HEADERS),
    });
  };
}

/** A forwarded route: the document store decides everything past authentication. */
export const forwardDocument = ({ request, forward }: { request: Request; forward: ForwardRequest }) =>
  forward(request);
