import { randomUUID } from "node:crypto";
import { KARI } from "@minkommune/demo-data";

/** A valid FakturaInput for Kari (override any field); a fresh meldingId unless given. */
export function fakturaInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meldingId: randomUUID(),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: KARI.pid },
    tittel: "Kommunale avgifter 4. termin 2026",
    fakturaDato: "2026-06-01",
    forfallDato: "2026-06-30",
    status: "IKKE_BETALT",
    fakturaMottaker: "Kari Nordmann",
    betalesTil: "Oslo kommune",
    belop: 100_000,
    gebyr: 3_500,
    kontonummer: "15032718407",
    kid: "30102601066",
    fakturanummer: "3010260106",
    faktura: { url: "https://faktura.oslo.kommune.no/3010260106.pdf", tittel: "Faktura 3010260106" },
    kontaktinformasjon: {
      telefonnummer: "21 80 21 80",
      epost: "faktura@oslo.kommune.no",
      adresse: { navn: "Oslo kommune, Bymiljøetaten" },
    },
    ...overrides,
  };
}

/** The mutation a fagsystem calls, asking back what tests check. */
export const REGISTRER_FAKTURA = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $faktura: FakturaInput!) {
    registrerFaktura(fiksOrgId: $fiksOrgId, faktura: $faktura) {
      id meldingId tittel status forfallDato belop innbetaltBelop gebyr renter andreOmkostninger kreditertBelop
      totalbelop utestaendeBelop kanBetales
      innbetalinger { belop dato referanse }
      historikk { type forfallDato status belop }
    }
  }
`;

export const REGISTRER_INNBETALING = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $meldingId: UUID!, $innbetaling: InnbetalingInput!) {
    registrerInnbetaling(fiksOrgId: $fiksOrgId, meldingId: $meldingId, innbetaling: $innbetaling) {
      id status innbetaltBelop utestaendeBelop kanBetales
      innbetalinger { belop dato referanse }
      historikk { type belop status }
    }
  }
`;
