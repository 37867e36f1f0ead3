import type { GatewayResult } from "./gateway-result.ts";
import { isUuid } from "./uuid.ts";

/** Why a request form (betalingsutsettelse, avdrag) got no answer: the field to fix, or what the citizen cannot fix. */
export type ForesporselFeil<Felt extends string> = Felt | "ikkeFunnet" | "utilgjengelig" | "utlogget";

/** What a request form shows: nothing asked yet, the service's answer, or why there is none. */
export type ForesporselState<Svar, Felt extends string> =
  | { type: "ingen" }
  | ({ type: "svar" } & Svar)
  | { type: "feil"; grunn: ForesporselFeil<Felt> };

/** The hidden fields every request form has: which invoice, and the idempotency key made at render. */
export interface ForesporselNokler {
  fakturaId: string;
  idempotencyKey: string;
}

/** The hidden fields, or null when the form was tampered with. The key: letters, digits and dashes. */
export function parseNokler(formData: FormData): ForesporselNokler | null {
  const fakturaId = formData.get("fakturaId");
  const idempotencyKey = formData.get("idempotencyKey");
  if (!isUuid(fakturaId) || typeof idempotencyKey !== "string" || !/^[A-Za-z0-9-]{8,100}$/.test(idempotencyKey)) {
    return null;
  }
  return { fakturaId, idempotencyKey };
}

/**
 * The service's answer, or why there is none: a rejected login, the field the service named as
 * wrong, an invoice it does not show this citizen, or anything else (logged by error code only).
 */
export function foresporselUtfall<TData, Svar, Felt extends string>(
  result: GatewayResult<TData>,
  svarFra: (data: TData) => Svar | null | undefined,
  felt: Felt,
  operasjon: string,
): { svar: Svar } | { feil: ForesporselFeil<Felt> } {
  if (!result.ok && result.error.kind === "unauthenticated") return { feil: "utlogget" };
  const svar = result.ok ? svarFra(result.data) : null;
  if (svar) return { svar };
  const errors = result.ok ? result.errors : result.error.kind === "graphql" ? result.error.errors : [];
  const codes = errors.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field }));
  if (codes.some((c) => c.code === "BAD_USER_INPUT" && c.field === felt)) return { feil: felt };
  if (codes.some((c) => c.code === "NOT_FOUND")) return { feil: "ikkeFunnet" };
  console.warn(`${operasjon}: gateway problem`, JSON.stringify(codes));
  return { feil: "utilgjengelig" };
}
