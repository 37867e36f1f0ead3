import { randomUUID } from "node:crypto";
import type { Principal } from "@minkommune/auth";
import { KARI, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fakturaHendelse, faktura as fakturaTabell } from "../src/db/schema.ts";
import { annenOsloIntegrasjon, integrasjon, kari4, osloUtenFaktura, trondheim } from "./helpers/demo.ts";
import { base64, fakturaV1, INDEX_FAKTURAER, indexFaktura } from "./helpers/index-faktura.ts";
import { useTestSubgraph } from "./helpers/seeded-subgraph.ts";

interface Ugyldig {
  index: number;
  meldingId: string | null;
  field: string;
  message: string;
}

const t = useTestSubgraph();

function indekser(meldinger: unknown[], principal: Principal | null = integrasjon, fiksOrgId = OSLO.fiksOrgId) {
  return callSubgraph<{ indexFakturaer: { opprettet: number; oppdatert: number } }>(
    t.subgraph.url,
    principal,
    INDEX_FAKTURAER,
    { fiksOrgId, meldinger },
  );
}

/** The stored invoices with these meldingIds, whoever registered them. */
const lagret = (meldinger: Record<string, unknown>[]) =>
  t.database.db
    .select()
    .from(fakturaTabell)
    .where(
      inArray(
        fakturaTabell.meldingId,
        meldinger.map((m) => m.meldingId as string),
      ),
    );

const historikk = async (meldingId: unknown) => {
  const [rad] = await t.database.db
    .select()
    .from(fakturaTabell)
    .where(eq(fakturaTabell.meldingId, meldingId as string));
  if (!rad) return [];
  const rader = await t.database.db.select().from(fakturaHendelse).where(eq(fakturaHendelse.fakturaId, rad.id));
  return rader.map((h) => h.type);
};

/** The invalid list of a refused batch. */
function ugyldige(result: Awaited<ReturnType<typeof indekser>>): Ugyldig[] {
  const [error] = result.errors ?? [];
  expect(error?.extensions?.code, JSON.stringify(result)).toBe("BAD_USER_INPUT");
  return error?.extensions?.invalid as Ugyldig[];
}

describe("indexFakturaer", () => {
  it("registers the batch with kroner as øre, derived totals and REGISTRERT history", async () => {
    const a = indexFaktura(fakturaV1({ belop: 1234.5, renter: 0.29, innbetaltBelop: 100 }));
    const b = indexFaktura(fakturaV1({ belop: 2500 }));
    const result = await indekser([a, b]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.indexFakturaer).toEqual({ opprettet: 2, oppdatert: 0 });
    const [radA] = await lagret([a]);
    expect(radA).toMatchObject({
      integrasjonId: integrasjon.type === "integrasjon" ? integrasjon.integrasjonId : "",
      fiksOrgId: OSLO.fiksOrgId,
      eksponertFor: KARI.pid,
      belop: 123_450,
      renter: 29,
      gebyr: 3_500,
      innbetaltBelop: 10_000,
    });
    expect((await lagret([b]))[0]?.belop).toBe(250_000);
    expect(await historikk(a.meldingId)).toEqual(["REGISTRERT"]);
  });

  it("overwrites by meldingId: unchanged counts as oppdatert without history, a change adds OPPDATERT", async () => {
    const a = indexFaktura(fakturaV1({ innbetaltBelop: 100 }));
    const b = indexFaktura();
    expect((await indekser([a, b])).data?.indexFakturaer).toEqual({ opprettet: 2, oppdatert: 0 });
    // b changes status; a comes again as it was, and innbetaltBelop left out keeps what was paid.
    const bEndret = { ...b, meldingMetadata: base64(fakturaV1({ status: "INKASSOVARSEL", gebyr: 70 })) };
    const aUtenInnbetalt = { ...a, meldingMetadata: base64(fakturaV1()) };
    const ny = indexFaktura();
    const again = await indekser([bEndret, aUtenInnbetalt, ny]);
    expect(again.errors).toBeUndefined();
    expect(again.data?.indexFakturaer).toEqual({ opprettet: 1, oppdatert: 2 });
    const [radA] = await lagret([a]);
    const [radB] = await lagret([b]);
    expect(radA?.innbetaltBelop).toBe(10_000);
    expect(radB).toMatchObject({ status: "INKASSOVARSEL", gebyr: 7_000 });
    expect(await historikk(a.meldingId)).toEqual(["REGISTRERT"]);
    expect((await historikk(b.meldingId)).sort()).toEqual(["OPPDATERT", "REGISTRERT"]);
    expect(await lagret([a, b, ny])).toHaveLength(3);
  });

  it("writes nothing when one melding is invalid, and lists every invalid melding with its field", async () => {
    const gyldig = indexFaktura();
    const eksisterende = indexFaktura();
    expect((await indekser([eksisterende])).errors).toBeUndefined();
    const duplikat = indexFaktura();
    const meldinger = [
      gyldig,
      indexFaktura(fakturaV1({ belop: 0.015 })),
      indexFaktura(fakturaV1({ kid: "1234" })),
      indexFaktura(undefined, { meldingMetadata: "%%%" }),
      indexFaktura(undefined, { tilgjengeligTil: "2027-01-01T00:00:00Z" }),
      indexFaktura(undefined, { fiksOrganisasjonId: TRONDHEIM.fiksOrgId }),
      indexFaktura(undefined, { eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "12345678901" } }),
      indexFaktura(fakturaV1({ prioritet: "HOY", tittel: " " })),
      indexFaktura(undefined, { versjon: "forsendelseV2" }),
      indexFaktura(fakturaV1({ meldingId: randomUUID() })),
      duplikat,
      { ...duplikat },
      { ...eksisterende, meldingMetadata: base64(fakturaV1({ tittel: "Endret" })) },
    ];
    const result = await indekser(meldinger);
    const invalid = ugyldige(result);
    expect(invalid.map((u) => [u.index, u.field])).toEqual([
      [1, "meldingMetadata.belop"],
      [2, "meldingMetadata.kid"],
      [3, "meldingMetadata"],
      [4, "tilgjengeligTil"],
      [5, "fiksOrganisasjonId"],
      [6, "eksponertFor.verdi"],
      [7, "meldingMetadata.tittel"],
      [7, "meldingMetadata.prioritet"],
      [8, "versjon"],
      [9, "meldingMetadata.meldingId"],
      [11, "meldingId"],
    ]);
    expect(invalid[0]).toEqual({
      index: 1,
      meldingId: meldinger[1]?.meldingId,
      field: "meldingMetadata.belop",
      message: "belop er kroner med høyst to desimaler",
    });
    expect(result.errors?.[0]?.message).toBe("10 meldinger er ugyldige");
    expect(JSON.stringify(result)).not.toContain("12345678901");
    expect(await lagret(meldinger)).toHaveLength(1);
    expect((await lagret([eksisterende]))[0]?.tittel).toBe("Kommunale avgifter 4. termin 2026");
  });

  it.each([
    [1234.5, 123_450],
    [0.1, 10],
    [1234.56, 123_456],
    [19.99, 1_999],
  ])("stores %d kroner as %d øre", async (kroner, ore) => {
    const melding = indexFaktura(fakturaV1({ belop: kroner, kreditertBelop: kroner }));
    expect((await indekser([melding])).errors).toBeUndefined();
    expect((await lagret([melding]))[0]).toMatchObject({ belop: ore, kreditertBelop: ore });
  });

  it.each([
    ["a third decimal", fakturaV1({ gebyr: 0.015 }), "meldingMetadata.gebyr"],
    ["a negative amount", fakturaV1({ belop: -1 }), "meldingMetadata.belop"],
    ["an amount as text", fakturaV1({ belop: "100" }), "meldingMetadata.belop"],
    ["a missing belop", { ...fakturaV1(), belop: undefined }, "meldingMetadata.belop"],
    ["an amount past safe-integer øre", fakturaV1({ belop: Number.MAX_SAFE_INTEGER }), "meldingMetadata.belop"],
    ["an amount over the cap", fakturaV1({ gebyr: 100_000_000_000.01 }), "meldingMetadata.gebyr"],
    [
      "amounts that add up to a totalbelop over the cap",
      fakturaV1({ belop: 60_000_000_000, gebyr: 30_000_000_000, renter: 20_000_000_000 }),
      "meldingMetadata.renter",
    ],
  ])("refuses %s, naming the amount", async (_name, metadata, field) => {
    const melding = indexFaktura(metadata);
    expect(ugyldige(await indekser([melding])).map((u) => u.field)).toEqual([field]);
    expect(await lagret([melding])).toHaveLength(0);
  });

  it("accepts amounts up to the cap of 100 milliarder kroner", async () => {
    const melding = indexFaktura(fakturaV1({ belop: 99_999_999_999.99, gebyr: 0.01, kreditertBelop: 100_000_000_000 }));
    expect((await indekser([melding])).errors).toBeUndefined();
    expect((await lagret([melding]))[0]).toMatchObject({ belop: 9_999_999_999_999, gebyr: 1 });
  });

  it("names the cap, not decimals, for a huge amount", async () => {
    const melding = indexFaktura(fakturaV1({ belop: 1e20 }));
    expect(ugyldige(await indekser([melding]))).toEqual([
      {
        index: 0,
        meldingId: melding.meldingId,
        field: "meldingMetadata.belop",
        message: "belop kan være høyst 100 000 000 000 kroner",
      },
    ]);
  });

  it("refuses more than 5000 meldinger with BATCH_TOO_LARGE and an empty batch as bad input", async () => {
    const melding = indexFaktura();
    const result = await indekser(Array.from({ length: 5001 }, () => melding));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BATCH_TOO_LARGE", field: "meldinger" });
    expect((await indekser([])).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "meldinger" });
    expect(await lagret([melding])).toHaveLength(0);
  });

  it("writes a full batch of 5000 in one transaction and counts it", async () => {
    const meldinger = Array.from({ length: 5000 }, (_, i) => indexFaktura(fakturaV1({ belop: i + 0.5 })));
    const result = await indekser(meldinger);
    expect(result.errors).toBeUndefined();
    expect(result.data?.indexFakturaer).toEqual({ opprettet: 5000, oppdatert: 0 });
    expect(await lagret(meldinger.slice(4990))).toHaveLength(10);
  }, 60_000);

  it("counts two identical batches sent at the same time as one opprettet and one oppdatert each", async () => {
    const meldinger = Array.from({ length: 300 }, () => indexFaktura());
    const [first, second] = await Promise.all([indekser(meldinger), indekser(meldinger)]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const counts = [first.data?.indexFakturaer, second.data?.indexFakturaer];
    expect(counts).toContainEqual({ opprettet: 300, oppdatert: 0 });
    expect(counts).toContainEqual({ opprettet: 0, oppdatert: 300 });
    expect(await lagret(meldinger)).toHaveLength(300);
    expect(await historikk(meldinger[0]?.meldingId)).toEqual(["REGISTRERT"]);
  });
});

describe("indexFakturaer from the attacker's side", () => {
  it("another integration of the same municipality gets its own invoice and leaves ours alone", async () => {
    const ours = indexFaktura();
    expect((await indekser([ours])).errors).toBeUndefined();
    const theirs = { ...ours, meldingMetadata: base64(fakturaV1({ tittel: "Overtatt", belop: 1 })) };
    const result = await indekser([theirs], annenOsloIntegrasjon);
    expect(result.data?.indexFakturaer).toEqual({ opprettet: 1, oppdatert: 0 });
    const rader = await lagret([ours]);
    expect(rader).toHaveLength(2);
    const vår = rader.find((r) => integrasjon.type === "integrasjon" && r.integrasjonId === integrasjon.integrasjonId);
    expect(vår).toMatchObject({ tittel: "Kommunale avgifter 4. termin 2026", belop: 100_050 });
  });

  it.each([
    ["another municipality's integration", trondheim, OSLO.fiksOrgId],
    ["an integration without FAKTURA", osloUtenFaktura, OSLO.fiksOrgId],
    ["our integration naming another municipality", integrasjon, TRONDHEIM.fiksOrgId],
    ["a citizen", kari4, OSLO.fiksOrgId],
  ] as [string, Principal, string][])("refuses %s with FORBIDDEN and writes nothing", async (_name, who, org) => {
    const melding = indexFaktura(undefined, { fiksOrganisasjonId: org });
    const result = await indekser([melding], who, org);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.errors?.[0]?.extensions?.invalid).toBeUndefined();
    expect(await lagret([melding])).toHaveLength(0);
  });

  it("refuses a caller without a token", async () => {
    const melding = indexFaktura();
    const result = await indekser([melding], null);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await lagret([melding])).toHaveLength(0);
  });
});
