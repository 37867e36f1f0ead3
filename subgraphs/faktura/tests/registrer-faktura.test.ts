import { randomUUID } from "node:crypto";
import { OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { faktura as fakturaTabell } from "../src/db/schema.ts";
import { innbyggerKey, integrasjon, kari4 } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA } from "./helpers/faktura-input.ts";
import { useTestSubgraph } from "./helpers/seeded-subgraph.ts";

interface Registrert {
  id: string;
  meldingId: string;
  status: string;
  forfallDato: string;
  belop: number;
  innbetaltBelop: number;
  totalbelop: number;
  utestaendeBelop: number;
  kanBetales: boolean;
  historikk: { type: string; forfallDato: string; status: string }[];
}

const t = useTestSubgraph();

async function registrer(faktura: Record<string, unknown>) {
  const result = await callSubgraph<{ registrerFaktura: Registrert }>(t.subgraph.url, integrasjon, REGISTRER_FAKTURA, {
    fiksOrgId: OSLO.fiksOrgId,
    faktura,
  });
  return { errors: result.errors, faktura: result.data?.registrerFaktura };
}

const antallRader = async (meldingId: string) =>
  (await t.database.db.select().from(fakturaTabell).where(eq(fakturaTabell.meldingId, meldingId))).length;

describe("registrerFaktura", () => {
  it("registers an invoice with derived amounts and a REGISTRERT history entry", async () => {
    const input = fakturaInput({ renter: 1_001, andreOmkostninger: 499, kreditertBelop: 5_000 });
    const { errors, faktura } = await registrer(input);
    expect(errors).toBeUndefined();
    expect(faktura).toMatchObject({
      meldingId: input.meldingId,
      status: "IKKE_BETALT",
      belop: 100_000,
      innbetaltBelop: 0,
      totalbelop: 105_000,
      utestaendeBelop: 100_000,
      kanBetales: true,
      historikk: [{ type: "REGISTRERT", forfallDato: "2026-06-30", status: "IKKE_BETALT" }],
    });
  });

  it("is idempotent by meldingId: the same body again changes nothing and adds no history", async () => {
    const input = fakturaInput();
    const first = await registrer(input);
    const again = await registrer(input);
    expect(again.faktura).toEqual(first.faktura);
    expect(await antallRader(input.meldingId as string)).toBe(1);
  });

  it("overwrites on the same meldingId with a changed body and records OPPDATERT", async () => {
    const input = fakturaInput();
    const first = await registrer(input);
    const changed = await registrer({ ...input, status: "INKASSOVARSEL", gebyr: 7_000, forfallDato: "2026-07-15" });
    expect(changed.faktura).toMatchObject({
      id: first.faktura?.id,
      status: "INKASSOVARSEL",
      totalbelop: 107_000,
      forfallDato: "2026-07-15",
      historikk: [
        { type: "REGISTRERT", status: "IKKE_BETALT" },
        { type: "OPPDATERT", status: "INKASSOVARSEL", forfallDato: "2026-07-15" },
      ],
    });
    expect(await antallRader(input.meldingId as string)).toBe(1);
  });

  it("a credit note to the full amount leaves nothing owed and the invoice not payable", async () => {
    const input = fakturaInput();
    await registrer(input);
    const { faktura } = await registrer({ ...input, kreditertBelop: 103_500, korrigert: true });
    expect(faktura).toMatchObject({ utestaendeBelop: 0, kanBetales: false });
  });

  it("an invoice sent to an external party is not payable", async () => {
    const { faktura } = await registrer(
      fakturaInput({
        status: "SENDT_INKASSO",
        sendtTilEkstern: true,
        eksternLenke: { tittel: "Lindorf", url: "https://lindorf.example/sak/1" },
      }),
    );
    expect(faktura?.kanBetales).toBe(false);
  });

  it("accepts a property (MATRIKKELNUMMER) as eksponertFor", async () => {
    const { errors } = await registrer(
      fakturaInput({ eksponertFor: { identifikatorType: "MATRIKKELNUMMER", verdi: "0301-208/133/0/4" } }),
    );
    expect(errors).toBeUndefined();
  });

  it("registers two meldingIds as two invoices under concurrency, and one under a race on the same", async () => {
    const input = fakturaInput();
    const results = await Promise.all([registrer(input), registrer(input), registrer(input)]);
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(new Set(results.map((r) => r.faktura?.id)).size).toBe(1);
    expect(await antallRader(input.meldingId as string)).toBe(1);
  });
});

describe("registrerFaktura: bad input names the field and stores nothing", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["negative belop", { belop: -1 }, "faktura.belop"],
    ["negative gebyr", { gebyr: -100 }, "faktura.gebyr"],
    ["negative kreditertBelop", { kreditertBelop: -5 }, "faktura.kreditertBelop"],
    ["kontonummer with a wrong control digit", { kontonummer: "15032718408" }, "faktura.kontonummer"],
    ["kontonummer with letters", { kontonummer: "1503271840A" }, "faktura.kontonummer"],
    ["KID with a wrong control digit", { kid: "30102601067" }, "faktura.kid"],
    ["forfallDato before fakturaDato", { forfallDato: "2026-05-31" }, "faktura.forfallDato"],
    [
      "an invalid fødselsnummer",
      { eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "12858510049" } },
      "faktura.eksponertFor.verdi",
    ],
    [
      "a malformed matrikkelnummer",
      { eksponertFor: { identifikatorType: "MATRIKKELNUMMER", verdi: "0301-208" } },
      "faktura.eksponertFor.verdi",
    ],
    ["an http PDF url", { faktura: { url: "http://oslo.kommune.no/f.pdf" } }, "faktura.faktura.url"],
    [
      "an http vedlegg url",
      {
        vedlegg: [
          { tittel: "OK", url: "https://ok.no" },
          { tittel: "Nei", url: "http://x.no" },
        ],
      },
      "faktura.vedlegg[1].url",
    ],
    [
      "an eksternLenke without sendtTilEkstern",
      { eksternLenke: { tittel: "Inkasso", url: "https://inkasso.no" } },
      "faktura.eksternLenke",
    ],
    ["sikkerhetsniva 2", { sikkerhetsniva: 2 }, "faktura.sikkerhetsniva"],
    ["an empty tittel", { tittel: "   " }, "faktura.tittel"],
    ["belop over the cap", { belop: 10 ** 13 + 1 }, "faktura.belop"],
    ["belop at the safe-integer limit", { belop: Number.MAX_SAFE_INTEGER }, "faktura.belop"],
    ["innbetaltBelop over the cap", { innbetaltBelop: 10 ** 13 + 1 }, "faktura.innbetaltBelop"],
    ["kreditertBelop over the cap", { kreditertBelop: 10 ** 13 + 1 }, "faktura.kreditertBelop"],
    ["a totalbelop over the cap", { belop: 10 ** 13, gebyr: 1 }, "faktura.gebyr"],
    [
      "a totalbelop over the cap from renter",
      { belop: 6 * 10 ** 12, gebyr: 0, renter: 5 * 10 ** 12 },
      "faktura.renter",
    ],
    ["a totalbelop over the cap from andreOmkostninger", { andreOmkostninger: 10 ** 13 }, "faktura.andreOmkostninger"],
  ])("%s → BAD_USER_INPUT on %s", async (_, endring, felt) => {
    const input = fakturaInput(endring);
    const { errors, faktura } = await registrer(input);
    expect(faktura).toBeUndefined();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: felt });
    expect(errors?.[0]?.message).not.toMatch(/\d{11}/);
    expect(await antallRader(input.meldingId as string)).toBe(0);
  });

  it.each([
    ["a fraction of an øre", { belop: 10.5 }, "faktura.belop"],
    ["an impossible date", { fakturaDato: "2026-02-30" }, "faktura.fakturaDato"],
    ["an unknown status", { status: "BETALT_DELVIS" }, "faktura.status"],
  ])("%s is refused by the schema as BAD_USER_INPUT naming %s", async (_, endring, felt) => {
    const input = fakturaInput(endring);
    const { errors } = await registrer(input);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toContain(felt.replace("faktura.", ""));
    expect(await antallRader(input.meldingId as string)).toBe(0);
  });

  it("accepts a totalbelop exactly at the cap of 100 milliarder kroner", async () => {
    const { errors, faktura } = await registrer(fakturaInput({ belop: 10 ** 13 - 3_500, gebyr: 3_500 }));
    expect(errors).toBeUndefined();
    expect(faktura).toMatchObject({ totalbelop: 10 ** 13, utestaendeBelop: 10 ** 13 });
  });

  it("after a refused huge invoice the citizen's list still answers", async () => {
    const input = fakturaInput({ belop: Number.MAX_SAFE_INTEGER, gebyr: Number.MAX_SAFE_INTEGER });
    const { errors } = await registrer(input);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "faktura.belop" });
    expect(await antallRader(input.meldingId as string)).toBe(0);
    const liste = await callSubgraph<{ _entities: { fakturaer: { totalCount: number } }[] }>(
      t.subgraph.url,
      kari4,
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Innbygger { fakturaer(first: 100) { totalCount nodes { id totalbelop utestaendeBelop } } } } }`,
      { r: [{ __typename: "Innbygger", id: innbyggerKey(kari4) }] },
    );
    expect(liste.errors).toBeUndefined();
    expect(liste.data?._entities[0]?.fakturaer.totalCount).toBeGreaterThan(0);
  });

  it("does not change a stored invoice when the update is refused", async () => {
    const input = fakturaInput();
    await registrer(input);
    await registrer({ ...input, belop: -1 });
    const [row] = await t.database.db
      .select()
      .from(fakturaTabell)
      .where(eq(fakturaTabell.meldingId, input.meldingId as string));
    expect(row?.belop).toBe(100_000);
  });

  it("refuses a meldingId that is not a UUID", async () => {
    const { errors } = await registrer(fakturaInput({ meldingId: "ikke-en-uuid" }));
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps fødselsnummer out of error messages", async () => {
    const { errors } = await registrer(
      fakturaInput({
        eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "12858510049" },
        meldingId: randomUUID(),
      }),
    );
    expect(JSON.stringify(errors)).not.toContain("12858510049");
  });
});
