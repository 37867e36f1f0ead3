import "server-only";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { executeGateway } from "./gateway.ts";
import type { GatewayResult } from "./gateway-result.ts";

/** A page's part of the signed-in citizen, or why it is not there. */
export type MegResult<TMeg> = { status: "ok"; meg: TMeg } | { status: "unavailable" } | { status: "unauthenticated" };

/**
 * Runs a page's `meg { … }` operation. The fields under `meg` are non-null, so a subgraph that
 * fails nulls `meg`: the page then shows its section as unavailable, around the rest of the app.
 */
export async function loadMeg<TMeg, TVariables extends Record<string, unknown>>(
  name: string,
  document: TypedDocumentNode<{ meg?: TMeg | null }, TVariables>,
  variables: TVariables,
  accessToken: string,
): Promise<MegResult<TMeg>> {
  const result = await executeGateway(document, variables, accessToken);
  if (!result.ok && result.error.kind === "unauthenticated") return { status: "unauthenticated" };
  if (!result.ok || result.errors.length > 0) {
    logProblem(name, result);
    // A page's query asks one part of the graph: an error anywhere in it (also under a nullable
    // field such as faktura(id), which then reads null) means that part is unavailable, not absent.
    return { status: "unavailable" };
  }
  return result.data.meg ? { status: "ok", meg: result.data.meg } : { status: "unavailable" };
}

/** Logs what failed (codes and paths only: messages could carry personal data). */
function logProblem(name: string, result: GatewayResult<unknown>) {
  const summary = result.ok
    ? result.errors.map((e) => ({ code: e.extensions?.code, path: e.path?.join(".") }))
    : { kind: result.error.kind, status: result.error.kind === "http" ? result.error.status : undefined };
  console.warn(`${name}: gateway problem`, JSON.stringify(summary));
}
