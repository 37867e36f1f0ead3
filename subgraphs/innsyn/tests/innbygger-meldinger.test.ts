import { INGRID, JONAS, KARI, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brev, INDEX, integrasjon, nyId, startInnsynWithDb } from "./helpers.ts";

let innsyn: Awaited<ReturnType<typeof startInnsynWithDb>>;
beforeAll(async () => {
  innsyn = await startInnsynWithDb();
});
afterAll(() => innsyn.close());

const BYGGESAK = "5a4e0000-0000-4000-8000-000000000001";
const SKJEMA_FOR_FIRMA = "5a4e0000-0000-4000-8000-000000000004";
const KARIS_KLADD = "5a4e0000-0000-4000-8000-000000000005";
const KARIS_BREV = "d0c5e11a-0000-4000-8000-000000000001";
const OFFENTLIG_BREV = "d0c5e11a-0000-4000-8000-000000000008";

interface Node {
  __typename: string;
  meldingId: string;
  tittel: string;
  lest: boolean;
  arkivert: boolean;
}
interface Liste {
  meg: { meldinger: { totalCount: number; treffMedHoyereInnloggingsniva: number; nodes: Node[] } };
}
const LISTE = `query ($filter: MeldingFilter, $first: Int) { meg { meldinger(filter: $filter, first: $first) {
  totalCount treffMedHoyereInnloggingsniva nodes { __typename meldingId tittel lest arkivert } } } }`;

const liste = async (pid: string, niva: 3 | 4 = 4, filter: Record<string, unknown> = {}) =>
  (await callSubgraph<Liste>(innsyn.url, innbygger(pid, niva), LISTE, { filter, first: 100 })).data?.meg.meldinger;
const ids = async (pid: string, niva: 3 | 4 = 4, filter: Record<string, unknown> = {}) =>
  (await liste(pid, niva, filter))?.nodes.map((n) => n.meldingId) ?? [];

describe("exposure", () => {
  it("shows a citizen their own, OFFENTLIG, their organisation's and their property's meldinger", async () => {
    const kari = await ids(KARI.pid);
    expect(kari).toEqual(expect.arrayContaining([KARIS_BREV, OFFENTLIG_BREV, KARIS_KLADD, SKJEMA_FOR_FIRMA, BYGGESAK]));
  });

  it("never shows one citizen another's meldinger, whatever the exposure type", async () => {
    const ola = await ids(OLA.pid);
    for (const id of [KARIS_BREV, KARIS_KLADD, SKJEMA_FOR_FIRMA, BYGGESAK]) expect(ola).not.toContain(id);
    const ingrid = await ids(INGRID.pid);
    expect(ingrid).not.toContain(SKJEMA_FOR_FIRMA);
  });

  it("shows OFFENTLIG meldinger to every signed-in citizen", async () => {
    for (const person of [KARI, OLA, INGRID, JONAS]) expect(await ids(person.pid, 3)).toContain(OFFENTLIG_BREV);
  });

  it("answers a guessed id with null and refuses to change it, without telling it exists", async () => {
    const result = await callSubgraph<{ meg: { melding: unknown } }>(
      innsyn.url,
      innbygger(OLA.pid),
      `{ meg { melding(meldingId: "${BYGGESAK}") { tittel } } }`,
    );
    expect(result.data?.meg.melding).toBeNull();
    const mark = await callSubgraph(
      innsyn.url,
      innbygger(OLA.pid),
      `mutation { markerMeldinger(meldingIder: ["${BYGGESAK}"], lest: true) { meldingId } }`,
    );
    expect(mark.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("uses the access source it is given, so the rule does not depend on the fixtures", async () => {
    const { startInnsynWithDb: start } = await import("./helpers.ts");
    const other = await start({ tilgangerFor: async () => new Map() });
    try {
      const result = await callSubgraph<Liste>(other.url, innbygger(KARI.pid), LISTE, { first: 100 });
      const seen = result.data?.meg.meldinger.nodes.map((n) => n.meldingId) ?? [];
      expect(seen).toContain(KARIS_KLADD);
      expect(seen).not.toContain(BYGGESAK);
      expect(seen).not.toContain(SKJEMA_FOR_FIRMA);
    } finally {
      await other.close();
    }
  });
});

describe("case folders", () => {
  const MAPPER = `{ meg { mapper { totalCount nodes { meldingId tittel mappetype saksansvarlig
    parter { rolle navn } milepeler { navn startdato } navaerendeMilepel { navn }
    eiendommer { gardsnummer bruksnummer adresselinje1 }
    journalposter { totalCount treffMedHoyereInnloggingsniva nodes { tittel journalposttype
      dokumenter { tittel filnavn } mappe { meldingId } } } } } } }`;
  interface Mapper {
    meg: {
      mapper: {
        totalCount: number;
        nodes: {
          tittel: string;
          mappetype: string;
          parter: { rolle: string; navn: string }[];
          milepeler: { navn: string }[];
          navaerendeMilepel: { navn: string } | null;
          eiendommer: { gardsnummer: string; adresselinje1: string }[];
          journalposter: {
            totalCount: number;
            treffMedHoyereInnloggingsniva: number;
            nodes: { tittel: string; dokumenter: { tittel: string }[]; mappe: { meldingId: string } | null }[];
          };
        }[];
      };
    };
  }

  it("gives a mappe with parter, milepeler, eiendommer and its journalposter through forelder", async () => {
    const result = await callSubgraph<Mapper>(innsyn.url, innbygger(KARI.pid, 4), MAPPER);
    const mappe = result.data?.meg.mapper.nodes[0];
    expect(result.data?.meg.mapper.totalCount).toBe(1);
    expect(mappe?.mappetype).toBe("BYGGESAK");
    expect(mappe?.parter.map((p) => p.rolle)).toEqual(["Tiltakshaver", "Ansvarlig søker"]);
    expect(mappe?.milepeler.map((m) => m.navn)).toEqual(["Søknad mottatt", "Under behandling"]);
    expect(mappe?.navaerendeMilepel?.navn).toBe("Under behandling");
    expect(mappe?.eiendommer[0]).toMatchObject({ gardsnummer: "402", adresselinje1: "Munkegata 12" });
    expect(mappe?.journalposter.nodes.map((j) => j.tittel)).toEqual([
      "Uttalelse fra nabo",
      "Søknad om tillatelse til tiltak",
    ]);
    expect(mappe?.journalposter.nodes[1]?.dokumenter[0]?.tittel).toBe("Byggesøknaden");
    expect(mappe?.journalposter.nodes[1]?.mappe?.meldingId).toBe(BYGGESAK);
  });

  it("hides a level-4 journalpost from a level-3 session and counts it", async () => {
    const result = await callSubgraph<Mapper>(innsyn.url, innbygger(KARI.pid, 3), MAPPER);
    const journalposter = result.data?.meg.mapper.nodes[0]?.journalposter;
    expect(journalposter?.nodes.map((j) => j.tittel)).toEqual(["Søknad om tillatelse til tiltak"]);
    expect(journalposter?.treffMedHoyereInnloggingsniva).toBe(1);
    expect(journalposter?.totalCount).toBe(1);
  });
});

describe("filters", () => {
  it("filters by type, municipality, sender and date range (Oslo dates, both ends included)", async () => {
    expect(await ids(KARI.pid, 4, { type: ["skjemakladd", "innsendtskjema"] })).toEqual([
      KARIS_KLADD,
      SKJEMA_FOR_FIRMA,
    ]);
    const trondheim = await liste(KARI.pid, 4, { fiksOrganisasjonId: [TRONDHEIM.fiksOrgId] });
    expect(trondheim?.nodes.every((n) => n.meldingId !== KARIS_BREV)).toBe(true);
    expect(trondheim?.nodes.map((n) => n.meldingId)).toContain(BYGGESAK);
    expect(await ids(KARI.pid, 4, { avsender: "Oslo kommune, Bydel Grünerløkka" })).toEqual([KARIS_BREV]);
    // Sent 2026-11-18T09:12Z: inside 18 November in Oslo, outside 17 November.
    expect(await ids(KARI.pid, 4, { fraDato: "2026-11-18", tilDato: "2026-11-18" })).toEqual([KARIS_BREV]);
    expect(await ids(KARI.pid, 4, { fraDato: "2026-11-17", tilDato: "2026-11-17" })).toEqual([]);
  });

  it("rejects a malformed date and a reversed range naming the field", async () => {
    const bad = await callSubgraph(innsyn.url, innbygger(KARI.pid), LISTE, { filter: { fraDato: "2026-02-30" } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "fraDato" });
    const reversed = await callSubgraph(innsyn.url, innbygger(KARI.pid), LISTE, {
      filter: { fraDato: "2026-02-02", tilDato: "2026-02-01" },
    });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "tilDato" });
  });

  it("takes up to 50 values in a list filter and refuses more naming the field, however many", async () => {
    const orgIder = (n: number) => [OSLO.fiksOrgId, ...Array.from({ length: n - 1 }, () => nyId())];
    expect(await ids(KARI.pid, 4, { fiksOrganisasjonId: orgIder(50) })).toContain(KARIS_BREV);
    for (const [filter, field] of [
      [{ fiksOrganisasjonId: orgIder(51) }, "fiksOrganisasjonId"],
      [{ fiksOrganisasjonId: orgIder(70_000) }, "fiksOrganisasjonId"],
      [{ type: Array.from({ length: 51 }, () => "forsendelse") }, "type"],
      [{ avsender: "a".repeat(1001) }, "avsender"],
    ] as const) {
      const result = await callSubgraph(innsyn.url, innbygger(KARI.pid), LISTE, { filter });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(result.errors?.[0]?.message.length).toBeLessThan(200);
    }
  });

  it("counts meldinger above the session's level for the same filter", async () => {
    const level3 = await liste(KARI.pid, 3, { type: ["forsendelse"] });
    expect(level3?.treffMedHoyereInnloggingsniva).toBe(1);
    expect(level3?.nodes.some((n) => n.tittel === "Vedtak om helse- og omsorgstjenester")).toBe(false);
  });
});

describe("read and archive state", () => {
  const MARK = `mutation ($ids: [UUID!]!, $lest: Boolean, $arkivert: Boolean) {
    markerMeldinger(meldingIder: $ids, lest: $lest, arkivert: $arkivert) { meldingId lest arkivert } }`;

  it("marks several read at once, archives and restores, and the inbox follows", async () => {
    const jonas = innbygger(JONAS.pid, 4);
    const [a, b] = [nyId(), nyId()];
    const indexed = await callSubgraph(innsyn.url, integrasjon(OSLO), INDEX, {
      org: OSLO.fiksOrgId,
      meldinger: [
        brev(OSLO, a, { pid: JONAS.pid, sendt: "2030-01-01T00:00:00Z" }),
        brev(OSLO, b, { pid: JONAS.pid, sendt: "2030-01-02T00:00:00Z" }),
      ],
    });
    expect(indexed.errors).toBeUndefined();
    const read = await callSubgraph<{ markerMeldinger: Node[] }>(innsyn.url, jonas, MARK, { ids: [a, b], lest: true });
    expect(read.data?.markerMeldinger.map((n) => n.lest)).toEqual([true, true]);
    await callSubgraph(innsyn.url, jonas, MARK, { ids: [a], arkivert: true });
    expect(await ids(JONAS.pid)).not.toContain(a);
    expect(await ids(JONAS.pid, 4, { arkivert: true })).toEqual([a]);
    const forsendelser = await callSubgraph<{ meg: { forsendelser: { nodes: { meldingId: string }[] } } }>(
      innsyn.url,
      jonas,
      "{ meg { forsendelser(first: 100) { nodes { meldingId } } } }",
    );
    expect(forsendelser.data?.meg.forsendelser.nodes.map((n) => n.meldingId)).not.toContain(a);
    const restored = await callSubgraph<{ markerMeldinger: Node[] }>(innsyn.url, jonas, MARK, {
      ids: [a],
      arkivert: false,
      lest: false,
    });
    expect(restored.data?.markerMeldinger).toEqual([{ meldingId: a, lest: false, arkivert: false }]);
    expect(await ids(JONAS.pid, 4, { ulest: false })).toContain(b);
    expect(await ids(JONAS.pid, 4, { ulest: true })).toContain(a);
  });

  it("changes nothing when one of the ids is not the citizen's", async () => {
    const before = await liste(KARI.pid, 4, { ulest: true });
    const mark = await callSubgraph(innsyn.url, innbygger(KARI.pid), MARK, { ids: [KARIS_KLADD, nyId()], lest: true });
    expect(mark.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await liste(KARI.pid, 4, { ulest: true }))?.totalCount).toBe(before?.totalCount);
  });

  it("keeps the state of each citizen apart on an OFFENTLIG melding", async () => {
    await callSubgraph(innsyn.url, innbygger(INGRID.pid), MARK, { ids: [OFFENTLIG_BREV], arkivert: true });
    expect(await ids(INGRID.pid)).not.toContain(OFFENTLIG_BREV);
    expect(await ids(OLA.pid)).toContain(OFFENTLIG_BREV);
  });

  it("records when the citizen first opened a melding", async () => {
    const open = `{ meg { melding(meldingId: "${KARIS_KLADD}") { tittel forstSett } } }`;
    const first = await callSubgraph<{ meg: { melding: { forstSett: string } } }>(
      innsyn.url,
      innbygger(KARI.pid),
      open,
    );
    const second = await callSubgraph<{ meg: { melding: { forstSett: string } } }>(
      innsyn.url,
      innbygger(KARI.pid),
      open,
    );
    expect(first.data?.meg.melding.forstSett).toBeTruthy();
    expect(second.data?.meg.melding.forstSett).toBe(first.data?.meg.melding.forstSett);
  });
});

describe("nytt siden sist", () => {
  it("lists what was indexed after the previous login", async () => {
    const ingrid = innbygger(INGRID.pid, 3);
    const NYTT =
      "{ meg { nyttSidenSist { sistInnlogget antallTreff treffMedHoyereInnloggingsniva meldinger { meldingId } } } }";
    const LOGIN = "mutation { registrerInnlogging { sisteInnlogging forrigeInnlogging } }";
    await callSubgraph(innsyn.url, ingrid, LOGIN);
    const login = await callSubgraph<{ registrerInnlogging: { forrigeInnlogging: string | null } }>(
      innsyn.url,
      ingrid,
      LOGIN,
    );
    expect(login.data?.registrerInnlogging.forrigeInnlogging).toBeTruthy();
    const [ny, nyNiva4] = [nyId(), nyId()];
    await callSubgraph(innsyn.url, integrasjon(OSLO), INDEX, {
      org: OSLO.fiksOrgId,
      meldinger: [brev(OSLO, ny, { pid: INGRID.pid }), brev(OSLO, nyNiva4, { pid: INGRID.pid, niva: 4 })],
    });
    const result = await callSubgraph<{
      meg: {
        nyttSidenSist: {
          sistInnlogget: string;
          antallTreff: number;
          treffMedHoyereInnloggingsniva: number;
          meldinger: { meldingId: string }[];
        };
      };
    }>(innsyn.url, ingrid, NYTT);
    expect(result.data?.meg.nyttSidenSist).toMatchObject({
      sistInnlogget: login.data?.registrerInnlogging.forrigeInnlogging,
      antallTreff: 1,
      treffMedHoyereInnloggingsniva: 1,
      meldinger: [{ meldingId: ny }],
    });
  });
});
