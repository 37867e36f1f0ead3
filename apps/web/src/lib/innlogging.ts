import "server-only";
import { RegistrerInnloggingDocument } from "../generated/graphql.ts";
import { executeGateway } from "./gateway.ts";

/**
 * Tells Innsyn that the citizen has just logged in, so "nytt siden sist" counts from the login
 * before this one. Called once per ID-porten sign-in (from the auth callback), never per page
 * view. Best effort: a failure is logged and the login goes on; "nytt siden sist" then counts
 * from the last login Innsyn did record.
 */
export async function registrerInnlogging(accessToken: string): Promise<boolean> {
  const result = await executeGateway(RegistrerInnloggingDocument, {}, accessToken);
  const ok = result.ok && result.errors.length === 0 && Boolean(result.data.registrerInnlogging);
  if (!ok) {
    const kind = result.ok ? "graphql" : result.error.kind;
    console.warn("registrerInnlogging: not registered", kind);
  }
  return ok;
}
