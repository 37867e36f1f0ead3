import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/csp.ts";

/** The IdP's origin, the one foreign place our login and logout forms lead to. */
function idpOrigin(): string {
  try {
    return new URL(process.env.IDPORTEN_ISSUER ?? "http://localhost:4400/idporten").origin;
  } catch {
    return "";
  }
}

/**
 * Gives every page request a fresh CSP nonce. Next.js reads the nonce from the request's
 * policy header and stamps it on its own scripts; the browser gets the same policy.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    formTargets: [idpOrigin()].filter(Boolean),
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * Pages only: static assets, Auth.js endpoints and documents (PDFs streamed by
 * /post/dokument/{id}, which sets its own policy) need no nonce.
 */
export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|post/dokument/[0-9a-fA-F]{8}-).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
