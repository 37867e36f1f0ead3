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
  meldingId?: string;
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

  it("writes nothing when one invoice is refused, names every refused melding, and takes the corrected batch", async () => {
    const valid = fakturaMelding();
    const meldinger = [
      valid,
      fakturaMelding(undefined, { meldingMetadata: "%%%" }),
      fakturaMelding(fakturaV1({ belop: 10.005 })),
      fakturaMelding(undefined, { tilgjengeligTil: "2027-01-01T00:00:00Z" }),
      fakturaMelding(undefined, { fiksOrganisasjonId: TRONDHEIM.fiksOrgId }),
      fakturaMelding(undefined, { meldingMetadata: base64([1, 2]) }),
      fakturaMelding(fakturaV1({ kid: "1234" })),
    ];
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(400);
    const error = response.body as ErrorMessage & {
      errorJson: string;
      errorDetails: { field: string; invalid: Invalid[] };
    };
    expect(error.errorCode).toBe("BAD_USER_INPUT");
    expect(error.errorDetails.field).toBe("meldinger");
    expect(error.errorDetails.invalid.map((i) => [i.index, i.field])).toEqual([
      [1, "meldingMetadata"],
      [2, "meldingMetadata.belop"],
      [3, "tilgjengeligTil"],
      [4, "fiksOrganisasjonId"],
      [5, "meldingMetadata"],
      [6, "meldingMetadata.kid"],
    ]);
    expect(error.errorDetails.invalid[1]?.meldingId).toBe(meldinger[2]?.meldingId);
    expect(JSON.parse(error.errorJson)).toEqual(error.errorDetails);
    expect(await faktura(valid.meldingId)).toBeNull();

    const corrected = [valid, fakturaMelding(fakturaV1(), { meldingId: meldinger[6]?.meldingId })];
    const retry = await rest.indekser(corrected);
    expect(retry.body).toEqual({ opprettet: 2, oppdatert: 0, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
    expect(await faktura(valid.meldingId)).toMatchObject({ belop: 100_050 });
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
      const details = (response.body as ErrorMessage).errorDetails as { invalid: Invalid[] };
      expect(details.invalid.length).toBeGreaterThan(0);
      for (const entry of details.invalid) expect(entry).toMatchObject({ index: 0, meldingId: melding.meldingId });
      expect(details.invalid[0]?.field.startsWith(field), JSON.stringify(details)).toBe(true);
      expect(response.text).not.toContain("12345678901");
      expect(await faktura(melding.meldingId)).toBeNull();
    },
  );

  it("names each melding whose fields have the wrong JSON type", async () => {
    const meldinger = [
      fakturaMelding(),
      fakturaMelding(undefined, { sikkerhetsniva: "4" }),
      fakturaMelding(undefined, { korrelasjonId: "k-1" }),
    ];
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(400);
    const details = (response.body as ErrorMessage).errorDetails as { invalid: Invalid[] };
    expect(details.invalid.map((i) => [i.index, i.field, i.meldingId])).toEqual([
      [1, "sikkerhetsniva", meldinger[1]?.meldingId],
      [2, "korrelasjonId", meldinger[2]?.meldingId],
    ]);
    expect(await faktura(meldinger[0]?.meldingId)).toBeNull();
  });

  it("answers 422 for more than 5000 invoices and writes nothing", async () => {
    const meldinger = Array.from({ length: 5001 }, () => fakturaMelding());
    const response = await rest.indekser(meldinger);
    expect(response.status, response.text).toBe(422);
    expect((response.body as ErrorMessage).errorCode).toBe("BATCH_TOO_LARGE");
    expect(await faktura(meldinger[0]?.meldingId)).toBeNull();
  });
});

describe("PUT indexRequest with versjon FAKTURA_V1 from the attacker's side", () => {
  it("another integration of Oslo sending our meldingId gets its own invoice; ours is unchanged", async () => {
    const ours = fakturaMelding();
    expect((await rest.indekser([ours])).status).toBe(200);
    const theirs = fakturaMelding(fakturaV1({ tittel: "Overtatt", belop: 1 }), { meldingId: ours.meldingId });
    const response = await rest.indekser([theirs], rest.nabo);
    expect(response.body).toEqual({ opprettet: 1, oppdatert: 0, manglerSamtykke: 0, meldingerUtenSamtykke: [] });
    expect(await faktura(ours.meldingId)).toMatchObject({
      tittel: "Kommunale avgifter 4. termin 2026",
      belop: 100_050,
    });
    expect(await faktura(ours.meldingId, rest.nabo)).toMatchObject({ tittel: "Overtatt", belop: 100 });
  });

  it.each([
    ["Trondheim's integration indexing for Oslo", () => rest.trondheim],
    ["an Oslo integration without FAKTURA", () => rest.utenIndex],
  ] as [string, () => HeaderMap][])("refuses %s with 403 and writes nothing", async (_name, headers) => {
    const melding = fakturaMelding();
    const response = await rest.indekser([melding], headers());
    expect(response.status, response.text).toBe(403);
    expect((response.body as ErrorMessage).errorCode).toBe("FORBIDDEN");
    expect(await faktura(melding.meldingId)).toBeNull();
  });
});
