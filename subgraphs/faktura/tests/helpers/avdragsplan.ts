import type { Principal } from "@minkommune/auth";
import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { expect } from "vitest";
import { beOmAvdrag } from "./avdrag.ts";
import { innbyggerKey, integrasjon, kari4 } from "./demo.ts";
import { fakturaInput, REGISTRER_FAKTURA } from "./faktura-input.ts";

/** The plan fields both views share, as tests read them. */
const PLAN = "effektivForfallDato avdragsplanStatus avdragsplan { forfallDato belop innbetaltBelop status }";
const HISTORIKK = "historikk { type forfallDato belop status arsak }";

/** An instalment with what is paid of it. */
export interface FakturaAvdrag {
  forfallDato: string;
  belop: number;
  innbetaltBelop: number;
  status: "IKKE_BETALT" | "DELVIS_BETALT" | "BETALT";
}

/** One history entry. */
export interface Hendelse {
  type: string;
  forfallDato: string | null;
  belop: number | null;
  status: string | null;
  arsak: string | null;
}

/** An invoice as the integration reads it back after a change. */
export interface IntegrasjonsFaktura {
  status: string;
  innbetaltBelop: number;
  utestaendeBelop: number;
  effektivForfallDato: string;
  avdragsplanStatus: "AKTIV" | "FULLFORT" | "KANSELLERT" | null;
  avdragsplan: FakturaAvdrag[] | null;
  historikk: Hendelse[];
}

/** The same invoice as the citizen sees it. */
export interface InnbyggerFaktura extends Omit<IntegrasjonsFaktura, "innbetaltBelop"> {
  forfallDato: string;
  forfalt: boolean;
}

const FELTER = `status innbetaltBelop utestaendeBelop ${PLAN} ${HISTORIKK}`;

export const REGISTRER_INNBETALING_PLAN = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $meldingId: UUID!, $innbetaling: InnbetalingInput!) {
    registrerInnbetaling(fiksOrgId: $fiksOrgId, meldingId: $meldingId, innbetaling: $innbetaling) { ${FELTER} }
  }
`;

export const KANSELLER = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $meldingId: UUID!, $arsak: String!) {
    kansellerAvdragsplan(fiksOrgId: $fiksOrgId, meldingId: $meldingId, arsak: $arsak) { ${FELTER} }
  }
`;

const INNBYGGERS_FAKTURA = /* GraphQL */ `
  query ($representations: [_Any!]!, $id: UUID!) {
    _entities(representations: $representations) {
      ... on Innbygger {
        faktura(id: $id) { forfallDato forfalt status utestaendeBelop ${PLAN} ${HISTORIKK} }
      }
    }
  }
`;

const OVERSIKT = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Innbygger { fakturaOversikt { antallUbetalte antallForfalte } } }
  }
`;

/**
 * Registers an invoice to Kari from the Oslo integration (no gebyr unless given) and has Kari ask
 * for `antall` instalments, granted by Oslo's demo policy. `betaltFor` is paid before she asks.
 */
export async function fakturaMedPlan(
  url: string,
  opts: { belop: number; forfallDato: string; antall: number; betaltFor?: number },
): Promise<{ meldingId: string; id: string; input: Record<string, unknown> }> {
  const input = fakturaInput({ belop: opts.belop, gebyr: 0, forfallDato: opts.forfallDato });
  const registrert = await callSubgraph<{ registrerFaktura: { id: string } }>(url, integrasjon, REGISTRER_FAKTURA, {
    fiksOrgId: OSLO.fiksOrgId,
    faktura: input,
  });
  expect(registrert.errors).toBeUndefined();
  const meldingId = input.meldingId as string;
  const id = registrert.data?.registrerFaktura.id ?? "";
  if (opts.betaltFor) expect((await betal(url, meldingId, opts.betaltFor, "FOR-PLANEN")).errors).toBeUndefined();
  const { svar, errors } = await beOmAvdrag(url, kari4, id, opts.antall);
  expect(errors).toBeUndefined();
  expect(svar?.status).toBe("INNVILGET");
  return { meldingId, id, input };
}

/** The Oslo integration reports a payment. */
export async function betal(url: string, meldingId: string, belop: number, referanse: string) {
  const result = await callSubgraph<{ registrerInnbetaling: IntegrasjonsFaktura }>(
    url,
    integrasjon,
    REGISTRER_INNBETALING_PLAN,
    { fiksOrgId: OSLO.fiksOrgId, meldingId, innbetaling: { belop, dato: "2026-06-15", referanse } },
  );
  return { errors: result.errors, faktura: result.data?.registrerInnbetaling };
}

/** `principal` cancels the plan on the invoice with this meldingId in `fiksOrgId`. */
export async function kanseller(
  url: string,
  principal: Principal | null,
  meldingId: string,
  arsak = "Avdrag for juli er ikke betalt",
  fiksOrgId: string = OSLO.fiksOrgId,
) {
  const result = await callSubgraph<{ kansellerAvdragsplan: IntegrasjonsFaktura }>(url, principal, KANSELLER, {
    fiksOrgId,
    meldingId,
    arsak,
  });
  return { status: result.status, errors: result.errors, faktura: result.data?.kansellerAvdragsplan };
}

/** The invoice as Kari sees it. */
export async function somKari(url: string, id: string): Promise<InnbyggerFaktura | undefined> {
  const result = await callSubgraph<{ _entities: [{ faktura: InnbyggerFaktura | null }] }>(
    url,
    kari4,
    INNBYGGERS_FAKTURA,
    { representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }], id },
  );
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0].faktura ?? undefined;
}

/** Kari's overview counts. */
export async function karisOversikt(url: string): Promise<{ antallUbetalte: number; antallForfalte: number }> {
  const result = await callSubgraph<{
    _entities: [{ fakturaOversikt: { antallUbetalte: number; antallForfalte: number } }];
  }>(url, kari4, OVERSIKT, { representations: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }] });
  expect(result.errors).toBeUndefined();
  const oversikt = result.data?._entities[0].fakturaOversikt;
  if (!oversikt) throw new Error("no overview");
  return oversikt;
}
