import { KARI, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brev, INDEX, integrasjon, nyId, startInnsynWithDb } from "./helpers.ts";

let innsyn: Awaited<ReturnType<typeof startInnsynWithDb>>;
const FAKTURABREV = nyId();
beforeAll(async () => {
  innsyn = await startInnsynWithDb();
  const indexed = await callSubgraph(innsyn.url, integrasjon(OSLO), INDEX, {
    org: OSLO.fiksOrgId,
    meldinger: [
      brev(OSLO, FAKTURABREV, { pid: OLA.pid, tittel: "Fakturaene for vann og avløp", sendt: "2025-03-01T10:00:00Z" }),
    ],
  });
  expect(indexed.errors).toBeUndefined();
});
afterAll(() => innsyn.close());

interface Sok {
  meg: {
    sok: {
      antallTreff: number;
      treffMedHoyereInnloggingsniva: number;
      treff: {
        melding: { meldingId: string; tittel: string };
        score: number;
        utheving: { tekst: string; treff: boolean }[];
      }[];
      aggregeringer: {
        fiksOrganisasjon: { kommune: { navn: string }; antallTreff: number }[];
        type: { type: string; antallTreff: number }[];
        arstall: { arstall: number; antallTreff: number }[];
      };
    };
  };
}
const SOK = `query ($term: String!, $first: Int, $filter: MeldingFilter) { meg { sok(term: $term, first: $first, filter: $filter) {
  antallTreff treffMedHoyereInnloggingsniva
  treff { melding { meldingId tittel } score utheving { tekst treff } }
  aggregeringer { fiksOrganisasjon { kommune { navn } antallTreff } type { type antallTreff } arstall { arstall antallTreff } } } } }`;

const sok = async (pid: string, term: string, niva: 3 | 4 = 4, extra: Record<string, unknown> = {}) => {
  const result = await callSubgraph<Sok>(innsyn.url, innbygger(pid, niva), SOK, { term, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data?.meg.sok;
};
const titler = async (pid: string, term: string, niva: 3 | 4 = 4) =>
  (await sok(pid, term, niva))?.treff.map((t) => t.melding.tittel) ?? [];

describe("search in Norwegian", () => {
  it('finds "Fakturaene" for "faktura" and highlights the word', async () => {
    const result = await sok(OLA.pid, "faktura");
    expect(result?.treff.map((t) => t.melding.meldingId)).toEqual([FAKTURABREV]);
    expect(result?.treff[0]?.utheving).toContainEqual({ tekst: "Fakturaene", treff: true });
  });

  it('finds "byggesøknaden" for "byggesøknad", in titles and document titles', async () => {
    const found = await titler(KARI.pid, "byggesøknad");
    expect(found).toEqual(
      expect.arrayContaining(["Svar på byggesøknad, Munkegata 12", "Søknad om tillatelse til tiltak"]),
    );
  });

  it('finds "byggesak" despite the typo "bygesak"', async () => {
    expect(await titler(KARI.pid, "bygesak")).toContain("Byggesak: tilbygg, Munkegata 12");
  });

  it("searches avsender, beskrivelse and parter, and needs every word", async () => {
    expect(await titler(KARI.pid, "Grünerløkka")).toEqual(["Vedtak om plass i barnehage"]);
    expect(await titler(KARI.pid, "enebolig")).toEqual(["Byggesak: tilbygg, Munkegata 12"]);
    expect(await titler(KARI.pid, "Byggmester")).toContain("Byggesak: tilbygg, Munkegata 12");
    expect(await titler(KARI.pid, "byggesøknad barnehage")).toEqual([]);
  });

  it("returns facets per municipality, type and year", async () => {
    const result = await sok(KARI.pid, "Munkegata");
    expect(result?.antallTreff).toBe(2);
    expect(result?.aggregeringer.fiksOrganisasjon).toEqual([{ kommune: { navn: TRONDHEIM.navn }, antallTreff: 2 }]);
    expect(result?.aggregeringer.type).toEqual([
      { type: "forsendelse", antallTreff: 1 },
      { type: "mappe", antallTreff: 1 },
    ]);
    expect(result?.aggregeringer.arstall).toEqual([{ arstall: 2026, antallTreff: 2 }]);
  });
});

describe("search access", () => {
  it("never returns another citizen's meldinger", async () => {
    expect(await titler(OLA.pid, "byggesøknad")).toEqual([]);
    expect(await titler(KARI.pid, "faktura")).toEqual([]);
  });

  it("hides level-4 hits from a level-3 session and counts them", async () => {
    const level3 = await sok(KARI.pid, "nabo", 3);
    expect(level3?.treff).toEqual([]);
    expect(level3?.treffMedHoyereInnloggingsniva).toBe(1);
    expect((await sok(KARI.pid, "nabo", 4))?.treff.map((t) => t.melding.tittel)).toEqual(["Uttalelse fra nabo"]);
  });

  it.each([
    ["first above 100", { term: "brev", first: 101 }, "first"],
    ["a term without words", { term: " :* " }, "term"],
    ["a term of 201 characters", { term: "a".repeat(201) }, "term"],
    ["a megabyte term", { term: "byggesak ".repeat(120_000) }, "term"],
    [
      "51 municipalities",
      { term: "brev", filter: { fiksOrganisasjonId: Array.from({ length: 51 }, nyId) } },
      "fiksOrganisasjonId",
    ],
  ])("rejects %s naming the field", async (_name, variables, field) => {
    const result = await callSubgraph(innsyn.url, innbygger(KARI.pid), SOK, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
