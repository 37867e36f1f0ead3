import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";

/** The citizen's mutation, asking back what tests check. */
export const BE_OM_UTSETTELSE = /* GraphQL */ `
  mutation ($fakturaId: UUID!, $nyForfallDato: Date!, $idempotencyKey: String, $sprak: Sprak) {
    beOmBetalingsutsettelse(fakturaId: $fakturaId, nyForfallDato: $nyForfallDato, idempotencyKey: $idempotencyKey, sprak: $sprak) {
      id status onsketForfallDato forfallDato
      avslag { kode tekst }
      faktura { id forfallDato historikk { type forfallDato } }
    }
  }
`;

/** The answer as tests read it. */
export interface Svar {
  id: string;
  status: "INNVILGET" | "AVSLATT" | "UNDER_BEHANDLING";
  onsketForfallDato: string;
  forfallDato: string;
  avslag: { kode: string; tekst: string } | null;
  faktura: { id: string; forfallDato: string; historikk: { type: string; forfallDato: string }[] };
}

/** Asks for a new due date as `principal`. */
export async function beOm(
  url: string,
  principal: Principal,
  fakturaId: string,
  nyForfallDato: string,
  extra: { idempotencyKey?: string; sprak?: string } = {},
) {
  const result = await callSubgraph<{ beOmBetalingsutsettelse: Svar }>(url, principal, BE_OM_UTSETTELSE, {
    fakturaId,
    nyForfallDato,
    ...extra,
  });
  return { errors: result.errors, svar: result.data?.beOmBetalingsutsettelse };
}
