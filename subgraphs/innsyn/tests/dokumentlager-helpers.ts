import { INTERNAL_TOKEN_HEADER, type Principal, signInternalToken } from "@minkommune/auth";
import type { DemoKommune } from "@minkommune/demo-data";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { expect } from "vitest";

/** The subgraph's base URL (without /graphql). */
export const baseOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, "");

/** Headers carrying the gateway's internal token for `principal` (none for null). */
export async function tokenHeaders(principal: Principal | null): Promise<Record<string, string>> {
  return principal ? { [INTERNAL_TOKEN_HEADER]: await signInternalToken(principal, TEST_INTERNAL_TOKEN_SECRET) } : {};
}

/** Upload metadata as a Fiks client sends it, with overridable fields. */
export const metadata = (endring: Record<string, unknown> = {}) => ({
  dokumentnavn: "Vedtak om plass i barnehage",
  mimetype: "application/pdf",
  sikkerhetsniva: 3,
  ...endring,
});

/** A multipart body with the given parts; `metadata` as a JSON part (or a plain field when a string). */
export function skjema(parts: { metadata?: unknown; dokument?: Uint8Array }): FormData {
  const form = new FormData();
  if (typeof parts.metadata === "string") form.append("metadata", parts.metadata);
  else if (parts.metadata !== undefined) {
    form.append("metadata", new Blob([JSON.stringify(parts.metadata)], { type: "application/json" }));
  }
  if (parts.dokument) form.append("dokument", new Blob([parts.dokument]), "vedtak.pdf");
  return form;
}

/** POST …/{fiksOrganisasjonId}/dokumenter as `principal`. */
export async function lastOpp(
  base: string,
  principal: Principal | null,
  kommune: DemoKommune | string,
  body: RequestInit["body"],
  headers: Record<string, string> = {},
): Promise<Response> {
  const org = typeof kommune === "string" ? kommune : kommune.fiksOrgId;
  return fetch(`${base}/dokumentlager/api/v1/${org}/dokumenter`, {
    method: "POST",
    headers: { ...(await tokenHeaders(principal)), ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

/** The fields of a Fiks ErrorMessage every refusal carries. */
export const errorMessage = (status: number, extra: Record<string, unknown> = {}) => ({
  status,
  error: expect.any(String),
  errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  path: expect.any(String),
  timestamp: expect.any(Number),
  message: expect.any(String),
  ...extra,
});
