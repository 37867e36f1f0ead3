import "server-only";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type DocumentNode, print } from "graphql";
import { env } from "../env.ts";
import { type GatewayResult, interpretGatewayResponse } from "./gateway-result.ts";

/** How long a page waits for the gateway before showing what it has. */
const GATEWAY_TIMEOUT_MS = 10_000;

/** Printed operations, once per document object (documents are module constants). */
const printed = new WeakMap<object, string>();

function operationText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/**
 * Runs one typed operation against the gateway as the signed-in citizen. The access token
 * travels only server to server; nothing here is reachable from client components.
 */
export async function executeGateway<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  accessToken: string,
): Promise<GatewayResult<TData>> {
  let response: Response;
  try {
    response = await fetch(env().GATEWAY_URL, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        authorization: `Bearer ${accessToken}`,
      },
      body: JSON.stringify({ query: operationText(document), variables }),
      cache: "no-store",
      signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, error: { kind: "network", message: error instanceof Error ? error.message : String(error) } };
  }
  const body: unknown = await response.json().catch(() => null);
  return interpretGatewayResponse<TData>(response.status, body);
}
