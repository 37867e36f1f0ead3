import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";

/** The citizen's avdrag mutation, asking back what tests check. */
export const BE_OM_AVDRAG = /* GraphQL */ `
  mutation ($fakturaId: UUID!, $antallAvdrag: Int!, $idempotencyKey: String, $sprak: Sprak) {
    beOmAvdrag(fakturaId: $fakturaId, antallAvdrag: $antallAvdrag, idempotencyKey: $idempotencyKey, sprak: $sprak) {
      id status
      avdrag { forfallDato belop }
      avslag { kode tekst }
      kansellert
      faktura { id forfallDato utestaendeBelop avdragsplan { forfallDato belop } historikk { type forfallDato belop } }
    }
  }
`;

/** The answer as tests read it. */
export interface Avdragssvar {
  id: string;
  status: "INNVILGET" | "AVSLATT" | "UNDER_BEHANDLING";
  avdrag: { forfallDato: string; belop: number }[];
  avslag: { kode: string; tekst: string } | null;
  kansellert: string | null;
  faktura: {
    id: string;
    forfallDato: string;
    utestaendeBelop: number;
    avdragsplan: { forfallDato: string; belop: number }[] | null;
    historikk: { type: string; forfallDato: string | null; belop: number | null }[];
  };
}

/** Asks for `antallAvdrag` instalments as `principal`. */
export async function beOmAvdrag(
  url: string,
  principal: Principal,
  fakturaId: string,
  antallAvdrag: number,
  extra: { idempotencyKey?: string; sprak?: string } = {},
) {
  const result = await callSubgraph<{ beOmAvdrag: Avdragssvar }>(url, principal, BE_OM_AVDRAG, {
    fakturaId,
    antallAvdrag,
    ...extra,
  });
  return { errors: result.errors, svar: result.data?.beOmAvdrag };
}

/** The sum of instalments, exactly (BigInt, so no float can hide a lost øre). */
export const sum = (avdrag: { belop: number }[]) => avdrag.reduce((s, a) => s + BigInt(a.belop), 0n);
