import {
  type IntegrasjonPrincipal,
  innbyggerIdFor,
  isValidPersonId,
  nivaFromAcr,
  PRIVILEGIER,
  type Principal,
  type Privilegium,
} from "@minkommune/auth";
import { decodeJwt } from "jose";
import type { IntegrasjonRegistry } from "../integrasjon/registry.ts";
import type { TrustedIssuer } from "./issuer.ts";

/** What authentication needs. */
export interface Authenticator {
  idporten: TrustedIssuer;
  maskinporten: TrustedIssuer;
  registry: IntegrasjonRegistry;
  innbyggerIdSecret: string;
}

/** Why a caller was refused; messages follow Fiks, and never name a person. */
export class AuthenticationError extends Error {
  readonly status = 401;
}

const TOKEN_INVALID = "Klarte ikke å validere access_token";

function bearerToken(headers: Headers): string {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "");
  if (!match?.[1]) throw new AuthenticationError("Mangler access_token (Authorization: Bearer)");
  return match[1];
}

function issuerOf(token: string): string {
  try {
    return String(decodeJwt(token).iss ?? "");
  } catch {
    throw new AuthenticationError(TOKEN_INVALID);
  }
}

async function verified(issuer: TrustedIssuer, token: string) {
  try {
    return await issuer.verify(token);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Discovery failed")) throw error;
    throw new AuthenticationError(TOKEN_INVALID);
  }
}

async function innbygger(auth: Authenticator, token: string): Promise<Principal> {
  const payload = await verified(auth.idporten, token);
  const niva = nivaFromAcr(payload.acr);
  const pid = typeof payload.pid === "string" ? payload.pid : "";
  if (!niva || !isValidPersonId(pid)) throw new AuthenticationError(TOKEN_INVALID);
  return { type: "innbygger", pid, niva, innbyggerId: innbyggerIdFor(pid, auth.innbyggerIdSecret) };
}

function consumerOrgnr(consumer: unknown): string | null {
  const id = typeof consumer === "object" && consumer !== null ? (consumer as { ID?: unknown }).ID : undefined;
  const match = typeof id === "string" ? /^0192:(\d{9})$/.exec(id) : null;
  return match?.[1] ?? null;
}

async function integrasjon(auth: Authenticator, token: string, headers: Headers): Promise<IntegrasjonPrincipal> {
  const payload = await verified(auth.maskinporten, token);
  const scopes = String(payload.scope ?? "").split(" ");
  const orgnr = consumerOrgnr(payload.consumer);
  if (!scopes.includes("ks:fiks") || !orgnr) throw new AuthenticationError(TOKEN_INVALID);
  const id = headers.get("integrasjonid") ?? "";
  const passord = headers.get("integrasjonpassord") ?? "";
  // Built only on failure: an Error captures a stack trace, which every accepted request would pay for.
  const failed = () => new AuthenticationError(`Autentisering feilet for integrasjon med id ${id.slice(0, 36)}`);
  if (!/^[0-9a-f-]{36}$/i.test(id) || !passord) throw failed();
  const row = await auth.registry.verify(id, passord);
  if (!row || row.autorisertOrgnr !== orgnr) throw failed();
  return {
    type: "integrasjon",
    integrasjonId: row.integrasjonId,
    fiksOrgId: row.fiksOrgId,
    orgnr,
    privilegier: row.privilegier.filter((p): p is Privilegium => (PRIVILEGIER as readonly string[]).includes(p)),
  };
}

/**
 * Authenticates a caller: an ID-porten citizen token, or a Maskinporten token with scope
 * ks:fiks plus IntegrasjonId/IntegrasjonPassord. Throws AuthenticationError (401) otherwise.
 */
export async function authenticate(auth: Authenticator, headers: Headers): Promise<Principal> {
  const token = bearerToken(headers);
  const issuer = issuerOf(token);
  if (issuer === auth.idporten.config.issuer) return innbygger(auth, token);
  if (issuer === auth.maskinporten.config.issuer) return integrasjon(auth, token, headers);
  throw new AuthenticationError(TOKEN_INVALID);
}
