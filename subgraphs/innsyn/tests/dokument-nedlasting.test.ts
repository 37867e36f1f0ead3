import type { Principal } from "@minkommune/auth";
import { KARI, minimalPdf, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf } from "../src/db/rows.ts";
import { feiUtUtlopteDokumenter } from "../src/dokumentlager/postgres-dokumentlager.ts";
import { baseOf, errorMessage, lastOpp, metadata, skjema, tokenHeaders } from "./dokumentlager-helpers.ts";
import { brev, INDEX, integrasjon, nyId, startInnsynWithDb } from "./helpers.ts";

let innsyn: Awaited<ReturnType<typeof startInnsynWithDb>>;
let base: string;
beforeAll(async () => {
  innsyn = await startInnsynWithDb();
  base = baseOf(innsyn.url);
});
afterAll(() => innsyn.close());

/** A second fagsystem integration of Oslo, with the index privilege but none of the demo integration's documents. */
const ANNEN_OSLO_FAG = integrasjon(OSLO, { integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a0000099" });

const lenkerFra = async (meldingId: string) =>
  rowsOf(await innsyn.db.execute(sql`select dokument_id from innsyn.melding_dokument where melding_id = ${meldingId}`));

/** Uploads `innhold` as the kommune's demo integration and returns the id and link. */
async function lastOppSom(kommune: typeof OSLO, innhold: Uint8Array, endring: Record<string, unknown> = {}) {
  const response = await lastOpp(
    base,
    integrasjon(kommune),
    kommune,
    skjema({ metadata: metadata(endring), dokument: innhold }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; lenke: string };
}

/** Indexes a letter from `kommune` linking to `lenke`, exposed to `pid` (or OFFENTLIG) at `niva`. */
async function indekser(
  kommune: typeof OSLO,
  lenke: string,
  options: { pid?: string; niva?: number; meldingId?: string; som?: Principal } = {},
) {
  const meldingId = options.meldingId ?? nyId();
  const result = await callSubgraph(innsyn.url, options.som ?? integrasjon(kommune), INDEX, {
    org: kommune.fiksOrgId,
    meldinger: [
      brev(kommune, meldingId, { pid: options.pid ?? KARI.pid, niva: options.niva ?? 3, nedlastingLenke: lenke }),
    ],
  });
  expect(result.errors).toBeUndefined();
  return meldingId;
}

const hent = async (id: string, principal: Principal) =>
  fetch(`${base}/dokumenter/${id}`, { headers: await tokenHeaders(principal) });

describe("download (GET /dokumenter/{id})", () => {
  it("serves the citizen's own document inline with safe headers and the exact bytes", async () => {
    const pdf = minimalPdf(["Vedtak"]);
    const { id, lenke } = await lastOppSom(OSLO, pdf, { dokumentnavn: 'Vedtak "endelig"/2026' });
    expect(lenke).toBe(`/dokumenter/${id}`);
    await indekser(OSLO, lenke);
    const response = await hent(id, innbygger(KARI.pid, 3));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="Vedtak _endelig_2026.pdf"; filename*=UTF-8''Vedtak%20_endelig_2026.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
  });

  it("serves a document of several stored parts whole", async () => {
    const stor = new Uint8Array(2.5 * 1024 * 1024).fill(0x20);
    stor.set(new TextEncoder().encode("%PDF-1.4\n%"));
    stor[stor.length - 1] = 0x0a;
    const { id, lenke } = await lastOppSom(OSLO, stor);
    await indekser(OSLO, lenke);
    const deler = rowsOf(await innsyn.db.execute(sql`select nr from innsyn.dokumentdel where dokument_id = ${id}`));
    expect(deler).toHaveLength(3);
    const response = await hent(id, innbygger(KARI.pid, 3));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(stor))).toBe(true);
  });

  it("serves an OFFENTLIG letter's document to every signed-in citizen", async () => {
    const { id, lenke } = await lastOppSom(TRONDHEIM, minimalPdf(["Vannavstengning"]));
    await indekser(TRONDHEIM, lenke, { pid: "OFFENTLIG" });
    expect((await hent(id, innbygger(OLA.pid, 3))).status).toBe(200);
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(200);
  });

  it("answers another citizen exactly as for an id that does not exist", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Til Kari"]));
    await indekser(OSLO, lenke);
    const annen = await hent(id, innbygger(OLA.pid, 4));
    const ukjent = await hent(crypto.randomUUID(), innbygger(OLA.pid, 4));
    expect(annen.status).toBe(404);
    expect(ukjent.status).toBe(404);
    const [a, u] = (await Promise.all([annen.json(), ukjent.json()])) as Record<string, unknown>[];
    expect(a).toEqual(errorMessage(404, { errorCode: "DOKUMENTLAGER.IKKE_FUNNET" }));
    expect({ ...a, errorId: 0, timestamp: 0, path: 0 }).toEqual({ ...u, errorId: 0, timestamp: 0, path: 0 });
    expect((await hent(id, integrasjon(OSLO))).status).toBe(404);
    expect((await hent("ikke-en-uuid", innbygger(KARI.pid, 4))).status).toBe(404);
  });

  it("tells a level-3 session to step up for a level-4 letter's document, and serves it at level 4", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Helse"]), { sikkerhetsniva: 4 });
    await indekser(OSLO, lenke, { niva: 4 });
    const niva3 = await hent(id, innbygger(KARI.pid, 3));
    expect(niva3.status).toBe(403);
    expect(await niva3.json()).toEqual(
      errorMessage(403, {
        errorCode: "INNSYN.KREVER_INNLOGGINGSNIVA_4",
        errorDetails: { paakrevdSikkerhetsniva: 4, innloggingsniva: 3 },
        errorJson: expect.any(String),
      }),
    );
    expect((await hent(id, innbygger(KARI.pid, 4))).status).toBe(200);
    // Someone the letter is not exposed to learns nothing, at either level.
    expect((await hent(id, innbygger(OLA.pid, 3))).status).toBe(404);
  });

  it("keeps a level-4 document at level 4 even when a level-3 letter links to it", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Sensitivt"]), { sikkerhetsniva: 4 });
    await indekser(OSLO, lenke, { niva: 3 });
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(403);
  });

  it("ignores a link from another municipality's letter", async () => {
    const { id, lenke } = await lastOppSom(TRONDHEIM, minimalPdf(["Trondheim"]));
    await indekser(OSLO, lenke);
    expect((await hent(id, innbygger(KARI.pid, 4))).status).toBe(404);
  });

  it("does not record a link from another integration of the same municipality to a document it does not own", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Eies av fagsystem A"]));
    const meldingId = await indekser(OSLO, lenke, { pid: "OFFENTLIG", som: ANNEN_OSLO_FAG });
    expect(await lenkerFra(meldingId)).toEqual([]);
    expect((await hent(id, innbygger(KARI.pid, 4))).status).toBe(404);
    expect((await hent(id, innbygger(OLA.pid, 3))).status).toBe(404);
    // Its own documents it still links as before.
    const egen = await lastOpp(
      base,
      ANNEN_OSLO_FAG,
      OSLO,
      skjema({ metadata: metadata(), dokument: minimalPdf(["B"]) }),
    );
    const { id: egenId, lenke: egenLenke } = (await egen.json()) as { id: string; lenke: string };
    const egenMelding = await indekser(OSLO, egenLenke, { pid: "OFFENTLIG", som: ANNEN_OSLO_FAG });
    expect(await lenkerFra(egenMelding)).toEqual([{ dokument_id: egenId }]);
    expect((await hent(egenId, innbygger(OLA.pid, 3))).status).toBe(200);
  });

  it("serves a document only through meldinger of the integration that owns it, whatever links are stored", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Eies av fagsystem A"]));
    const meldingId = await indekser(OSLO, lenke, { pid: "OFFENTLIG", som: ANNEN_OSLO_FAG });
    // A link stored anyway (say, indexed before the document was uploaded) still grants nothing.
    await innsyn.db.execute(
      sql`insert into innsyn.melding_dokument (melding_id, dokument_id) values (${meldingId}, ${id}) on conflict do nothing`,
    );
    expect((await hent(id, innbygger(KARI.pid, 4))).status).toBe(404);
    await indekser(OSLO, lenke, { pid: "OFFENTLIG" });
    expect((await hent(id, innbygger(KARI.pid, 4))).status).toBe(200);
  });

  it("stops serving when the letter is re-indexed without the link, or deleted", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Flyttet"]));
    const meldingId = await indekser(OSLO, lenke);
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(200);
    await indekser(OSLO, "https://example.test/annet", { meldingId });
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(404);
  });

  it("answers 410 to the citizen once the document's tilgjengeligTil has passed, until the sweeper removes it", async () => {
    const { id, lenke } = await lastOppSom(OSLO, minimalPdf(["Kortlevd"]), { ttl: 60_000 });
    await indekser(OSLO, lenke);
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(200);
    await innsyn.db.execute(
      sql`update innsyn.dokument set tilgjengelig_til = now() - interval '1 second' where dokument_id = ${id}`,
    );
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(410);
    expect((await hent(id, innbygger(OLA.pid, 3))).status).toBe(404);
    // The sweeper then removes it, content and all.
    expect(await feiUtUtlopteDokumenter(innsyn.db, 100)).toBeGreaterThanOrEqual(1);
    const igjen = rowsOf(await innsyn.db.execute(sql`select 1 from innsyn.dokumentdel where dokument_id = ${id}`));
    expect(igjen).toHaveLength(0);
    expect((await hent(id, innbygger(KARI.pid, 3))).status).toBe(404);
  });

  it("never serves content whose checksum no longer matches, and logs it as an error", async () => {
    const pdf = minimalPdf(["Korrupt"]);
    const { id, lenke } = await lastOppSom(OSLO, pdf);
    await indekser(OSLO, lenke);
    await innsyn.db.execute(
      sql`update innsyn.dokumentdel set innhold = set_byte(innhold, 20, (get_byte(innhold, 20) + 1) % 256)
        where dokument_id = ${id}`,
    );
    const logg = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await hent(id, innbygger(KARI.pid, 3));
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toBe("application/json");
      const body = (await response.json()) as { errorId: string; errorCode: string };
      expect(body.errorCode).toBe("DOKUMENTLAGER.SJEKKSUM_AVVIK");
      const linje = logg.mock.calls.map((c) => String(c[0])).find((l) => l.includes(body.errorId));
      expect(linje).toContain("feil sjekksum");
      expect(linje).not.toContain(KARI.pid);
    } finally {
      logg.mockRestore();
    }
  });
});
