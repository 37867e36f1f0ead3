import { INGRID, KARI, OLA } from "@minkommune/demo-data";
import { encodeCursor } from "@minkommune/subgraph-kit";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededInnsyn } from "./helpers.ts";

let innsyn: Awaited<ReturnType<typeof startSeededInnsyn>>;
beforeAll(async () => {
  innsyn = await startSeededInnsyn();
});
afterAll(() => innsyn.close());

interface Page {
  meg: {
    antallUlesteForsendelser: number;
    forsendelser: {
      totalCount: number;
      treffMedHoyereInnloggingsniva: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { meldingId: string; tittel: string; lest: boolean; sendtDato: string; sikkerhetsniva: number }[];
    };
  };
}

const PAGE = `query ($first: Int, $after: String, $ulest: Boolean) {
  meg { antallUlesteForsendelser forsendelser(first: $first, after: $after, ulest: $ulest) {
    totalCount treffMedHoyereInnloggingsniva pageInfo { hasNextPage endCursor }
    nodes { meldingId tittel lest sendtDato sikkerhetsniva } } } }`;

describe("a citizen's letters", () => {
  it("lists own and OFFENTLIG letters newest first, and hides level 4 from a level-3 session", async () => {
    const { data } = await callSubgraph<Page>(innsyn.url, innbygger(KARI.pid, 3), PAGE, { first: 50 });
    const page = data?.meg.forsendelser;
    expect(page?.nodes.map((n) => n.tittel)).toEqual([
      "Vedtak om plass i barnehage",
      "Informasjon om vannavstengning i Midtbyen",
      "Varsel om eiendomsskatt 2027",
      "Svar på byggesøknad, Munkegata 12",
    ]);
    expect(page?.nodes.every((n) => n.sikkerhetsniva === 3)).toBe(true);
    expect(page?.treffMedHoyereInnloggingsniva).toBe(1);
    expect(data?.meg.antallUlesteForsendelser).toBe(3);
  });

  it("shows the level-4 letter at level 4 and reports none hidden", async () => {
    const { data } = await callSubgraph<Page>(innsyn.url, innbygger(KARI.pid, 4), PAGE, { first: 50 });
    expect(data?.meg.forsendelser.nodes[0]?.tittel).toBe("Vedtak om helse- og omsorgstjenester");
    expect(data?.meg.forsendelser.treffMedHoyereInnloggingsniva).toBe(0);
    expect(data?.meg.forsendelser.totalCount).toBe(5);
  });

  it("pages with cursors without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const result: { data?: Page | null } = await callSubgraph<Page>(innsyn.url, innbygger(KARI.pid, 4), PAGE, {
        first: 2,
        after,
      });
      const page = result.data?.meg.forsendelser;
      seen.push(...(page?.nodes.map((n) => n.meldingId) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it.each([
    ["two arbitrary strings", ["x", "y"]],
    ["a date that is no instant", ["2026-11-25", "d0c5e11a-0000-4000-8000-000000000001"]],
    ["an instant with a malformed id", ["2026-11-25T10:00:00.000Z", "not-a-uuid"]],
  ])("rejects a forged cursor holding %s naming after, in every paged list", async (_name, values) => {
    const after = encodeCursor(values);
    for (const query of [
      `query ($after: String) { meg { forsendelser(after: $after) { totalCount } } }`,
      `query ($after: String) { meg { meldinger(after: $after) { totalCount } } }`,
      `query ($after: String) { meg { mapper(after: $after) { totalCount } } }`,
      `query ($after: String) { meg { mapper(first: 1) { nodes { journalposter(after: $after) { totalCount } } } } }`,
    ]) {
      const result = await callSubgraph(innsyn.url, innbygger(KARI.pid, 4), query, { after });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    }
  });

  it("filters unread", async () => {
    const { data } = await callSubgraph<Page>(innsyn.url, innbygger(OLA.pid, 3), PAGE, { ulest: true });
    expect(data?.meg.forsendelser.nodes.every((n) => !n.lest)).toBe(true);
    expect(data?.meg.forsendelser.totalCount).toBe(2);
  });

  it("marks read and unread, and the counts follow", async () => {
    const principal = innbygger(INGRID.pid, 3);
    const before = await callSubgraph<Page>(innsyn.url, principal, PAGE);
    const id = before.data?.meg.forsendelser.nodes.find((n) => !n.lest)?.meldingId;
    const mark = `mutation ($id: UUID!, $lest: Boolean!) { markerForsendelseLest(meldingId: $id, lest: $lest) { lest } }`;
    const read = await callSubgraph<{ markerForsendelseLest: { lest: boolean } }>(innsyn.url, principal, mark, {
      id,
      lest: true,
    });
    expect(read.data?.markerForsendelseLest.lest).toBe(true);
    const after = await callSubgraph<Page>(innsyn.url, principal, PAGE);
    expect(after.data?.meg.antallUlesteForsendelser).toBe((before.data?.meg.antallUlesteForsendelser ?? 0) - 1);
    const again = await callSubgraph(innsyn.url, principal, mark, { id, lest: true });
    expect(again.errors).toBeUndefined();
    const unread = await callSubgraph<{ markerForsendelseLest: { lest: boolean } }>(innsyn.url, principal, mark, {
      id,
      lest: false,
    });
    expect(unread.data?.markerForsendelseLest.lest).toBe(false);
  });

  it("keeps read state per citizen for OFFENTLIG letters", async () => {
    const offentlig = "d0c5e11a-0000-4000-8000-000000000008";
    const mark = `mutation ($id: UUID!) { markerForsendelseLest(meldingId: $id, lest: true) { lest } }`;
    await callSubgraph(innsyn.url, innbygger(OLA.pid, 3), mark, { id: offentlig });
    const kari = await callSubgraph<Page>(innsyn.url, innbygger(KARI.pid, 3), PAGE, { first: 50 });
    expect(kari.data?.meg.forsendelser.nodes.find((n) => n.meldingId === offentlig)?.lest).toBe(false);
  });
});
