import { randomUUID } from "node:crypto";
import { KARI, OSLO } from "@minkommune/demo-data";

/** Base64 of a JSON value, as meldingMetadata carries it. */
export const base64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

/** fakturaV1 metadata as a Fiks invoicing system sends it: amounts in kroner. */
export function fakturaV1(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tittel: "Kommunale avgifter 4. termin 2026",
    fakturaDato: "2026-06-01",
    forfallDato: "2026-06-30",
    status: "IKKE_BETALT",
    fakturaMottaker: "Kari Nordmann",
    betalesTil: "Oslo kommune",
    belop: 1000.5,
    gebyr: 35,
    totalbelop: 1035.5,
    kontonummer: "15032718407",
    kid: "30102601066",
    ...overrides,
  };
}

/** A valid IndexFakturaInput to Kari from Oslo (override metadata or envelope fields). */
export function indexFaktura(
  metadata: Record<string, unknown> = fakturaV1(),
  envelope: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    meldingId: randomUUID(),
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: KARI.pid },
    fiksOrganisasjonId: OSLO.fiksOrgId,
    versjon: "FAKTURA_V1",
    meldingMetadata: base64(metadata),
    ...envelope,
  };
}

/** The batch mutation the Fiks index route runs. */
export const INDEX_FAKTURAER = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $meldinger: [IndexFakturaInput!]!) {
    indexFakturaer(fiksOrgId: $fiksOrgId, meldinger: $meldinger) { opprettet oppdatert }
  }
`;
