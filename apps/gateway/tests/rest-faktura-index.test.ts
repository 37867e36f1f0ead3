import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  base64,
  brev,
  fakturaMelding,
  fakturaV1,
  type InnsynRestStack,
  startInnsynRestStack,
} from "./rest/innsyn-rest-stack.ts";
import type { ErrorMessage, HeaderMap } from "./rest/rest-stack.ts";
import { post } from "./stack.ts";

let rest: InnsynRestStack;
beforeAll(async () => {
  rest = await startInnsynRestStack();
});
afterAll(() => rest?.close());

const FAKTURA = `query ($org: UUID!, $id: UUID!) {
  faktura(fiksOrgId: $org, meldingId: $id) { tittel belop gebyr totalbelop status } }`;

/** The invoice as the registering integration reads it back through GraphQL, or null. */
async function faktura(meldingId: unknown, headers: HeaderMap = rest.oslo) {
  const result = await post(rest.stack.graphqlUrl, headers, FAKTURA, { org: OSLO.fiksOrgId, id: meldingId });
  expect(result.errors).toBeUndefined();
  return result.data?.faktura as { tittel: string; belop: number; gebyr: number; totalbelop: number } | null;
}

interface Invalid {
  index: number;
  field: string;
}

describe("PUT indexRequest with versjon FAKTURA_V1", () => {
  it("registers the invoices in the faktura subgraph, amounts from kroner to øre; again is oppdatert", async () => {
    const a = fakturaMelding();
    const b = fakturaMelding(fakturaV1({ tittel: "Eiendomsskatt 2026", belop: 2500 }));
    const first = await rest.indekser([a, b]);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ opprettet: 2, oppdatert: 0, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
    expect(await faktura(a.meldingId)).toEqual({
      tittel: "Kommunale avgifter 4. termin 2026",
      belop: 100_050,
      gebyr: 3_500,
      totalbelop: 103_550,
      status: "IKKE_BETALT",
    });
    expect(await faktura(b.meldingId)).toMatchObject({ belop: 250_000 });
    const again = await rest.indekser([
      fakturaMelding(fakturaV1({ status: "BETALT", innbetaltBelop: 1035.5 }), { meldingId: a.meldingId }),
    ]);
    expect(again.body).toEqual({ opprettet: 0, oppdatert: 1, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
    expect(await faktura(a.meldingId)).toMatchObject({ status: "BETALT" });
  });

  it("refuses a batch mixing FAKTURA_V1 with other versjoner, and writes neither", async () => {
    const invoice = fakturaMelding();
    const letter = brev();
    const response = await rest.indekser([letter, invoice]);
    expect(response.status, response.text).toBe(400);
    const error = response.body as ErrorMessage;
    expect(error.message).toMatch(/FAKTURA_V1 kan ikke sendes i samme forespørsel/);
    expect(error.errorDetails).toEqual({ field: "meldinger", antallFaktura: 1, antallAndre: 1 });
    expect(await faktura(invoice.meldingId)).toBeNull();
  });

  it("names every melding the transport step refuses before it writes any", async () => {
    const valid = fakturaMelding();
    const meldinger = [
      valid,
      fakturaMelding(undefined, { meldingMetadata: "%%%" }),
      fakturaMelding(fakturaV1({ belop: 10.005 })),
      fakturaMelding(undefined, { tilgjengeligTil: "2027-01-01T00:00:00Z" }),
      fakturaMelding(undefined, { fiksOrganisasjonId: TRONDHEIM.fiksOrgId }),
      fakturaMelding(undefined, { meldingMetadata: base64([1, 2]) }),
    ];
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(400);
    const invalid = (response.body as ErrorMessage & { errorDetails: { invalid: Invalid[] } }).errorDetails.invalid;
    expect(invalid.map((i) => [i.index, i.field])).toEqual([
      [1, "meldingMetadata"],
      [2, "meldingMetadata.belop"],
      [3, "tilgjengeligTil"],
      [4, "fiksOrganisasjonId"],
      [5, "meldingMetadata"],
    ]);
    expect(await faktura(valid.meldingId)).toBeNull();
  });

  it.each([
    ["an invalid KID", fakturaV1({ kid: "1234" }), {}, "meldingMetadata.kid"],
    ["a missing tittel", { ...fakturaV1(), tittel: undefined }, {}, "meldingMetadata.tittel"],
    ["an amount as text", fakturaV1({ belop: "100" }), {}, "meldingMetadata.belop"],
    ["a field fakturaV1 does not have", fakturaV1({ prioritet: "HOY" }), {}, "meldingMetadata.prioritet"],
    [
      "an invalid fødselsnummer",
      fakturaV1(),
      { eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "12345678901" } },
      "eksponertFor.verdi",
    ],
    ["an organisation as recipient", fakturaV1(), { eksponertFor: { identifikatorType: "OFFENTLIG" } }, "eksponertFor"],
  ] as [string, Record<string, unknown>, Record<string, unknown>, string][])(
    "names the melding and field the faktura subgraph refuses: %s",
    async (_name, metadata, envelope, field) => {
      const melding = fakturaMelding(metadata, envelope);
      const response = await rest.indekser([melding]);
      expect(response.status, response.text).toBe(400);
      const details = (response.body as ErrorMessage).errorDetails as { invalid: Invalid[]; registrert: number };
      expect(details.invalid).toEqual([expect.objectContaining({ index: 0, meldingId: melding.meldingId })]);
      expect(details.invalid[0]?.field.startsWith(field), JSON.stringify(details)).toBe(true);
      expect(details.registrert).toBe(0);
      expect(response.text).not.toContain("12345678901");
      expect(await faktura(melding.meldingId)).toBeNull();
    },
  );

  it("says how many invoices before a refused one were registered, and a corrected resend completes", async () => {
    const a = fakturaMelding();
    const b = fakturaMelding(fakturaV1({ kid: "1234" }));
    const response = await rest.indekser([a, b]);
    expect(response.status).toBe(400);
    expect((response.body as ErrorMessage).errorDetails).toMatchObject({ registrert: 1 });
    const retry = await rest.indekser([a, fakturaMelding(fakturaV1(), { meldingId: b.meldingId })]);
    expect(retry.body).toEqual({ opprettet: 1, oppdatert: 1, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
  });
});
