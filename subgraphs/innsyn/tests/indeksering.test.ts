import { JONAS, KARI, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows.ts";
import { createFeiingWorker, FEIING, planleggFeiing } from "../src/feiing.ts";
import { base64, brev, INDEX, integrasjon, nyId, startInnsynWithDb } from "./helpers.ts";

let innsyn: Awaited<ReturnType<typeof startInnsynWithDb>>;
beforeAll(async () => {
  innsyn = await startInnsynWithDb();
});
afterAll(() => innsyn.close());

const OSLO_FAG = integrasjon(OSLO);
const ANNEN_OSLO_FAG = integrasjon(OSLO, { integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a0000099" });

interface IndexResult {
  indexMeldinger: { opprettet: number; oppdatert: number; manglerSamtykke: number; meldingerUtenSamtykke: string[] };
}
const index = (principal = OSLO_FAG, meldinger: unknown[] = [], org = OSLO.fiksOrgId) =>
  callSubgraph<IndexResult>(innsyn.url, principal, INDEX, { org, meldinger });

async function titlesFor(pid: string, niva: 3 | 4 = 4) {
  const result = await callSubgraph<{ meg: { forsendelser: { nodes: { meldingId: string; tittel: string }[] } } }>(
    innsyn.url,
    innbygger(pid, niva),
    "{ meg { forsendelser(first: 100) { nodes { meldingId tittel } } } }",
  );
  return result.data?.meg.forsendelser.nodes ?? [];
}

async function exists(meldingId: string) {
  const rows = await innsyn.db.execute(sql`select 1 from innsyn.melding where melding_id = ${meldingId}::uuid`);
  return rowsOf(rows).length === 1;
}

describe("indexMeldinger", () => {
  it("creates, then overwrites by meldingId, and the citizen sees the new version", async () => {
    const id = nyId();
    const created = await index(OSLO_FAG, [brev(OSLO, id, { pid: OLA.pid, tittel: "Første versjon" })]);
    expect(created.data?.indexMeldinger).toEqual({
      opprettet: 1,
      oppdatert: 0,
      manglerSamtykke: 0,
      meldingerUtenSamtykke: [],
    });
    const updated = await index(OSLO_FAG, [
      brev(OSLO, id, { pid: OLA.pid, tittel: "Andre versjon" }),
      brev(OSLO, nyId(), { pid: OLA.pid }),
    ]);
    expect(updated.data?.indexMeldinger).toMatchObject({ opprettet: 1, oppdatert: 1 });
    const titles = (await titlesFor(OLA.pid)).filter((n) => n.meldingId === id).map((n) => n.tittel);
    expect(titles).toEqual(["Andre versjon"]);
  });

  it("writes nothing when one melding in the batch is invalid, and names each invalid one", async () => {
    const good = nyId();
    const badIds = [nyId(), nyId()];
    const result = await index(OSLO_FAG, [
      brev(OSLO, good),
      { ...brev(OSLO, badIds[0] as string), meldingMetadata: "%%%" },
      {
        ...brev(OSLO, badIds[1] as string),
        eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: "28422155364" },
      },
    ]);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.extensions?.field).toBe("meldinger");
    expect(error?.extensions?.invalid).toEqual([
      { index: 1, meldingId: badIds[0], field: "meldingMetadata", message: "meldingMetadata er ikke gyldig Base64" },
      expect.objectContaining({ index: 2, meldingId: badIds[1], field: "eksponertFor.verdi" }),
    ]);
    expect(JSON.stringify(result)).not.toContain("28422155364");
    expect(await exists(good)).toBe(false);
  });

  it("lists a melding whose free text is longer than its limit as invalid, and writes nothing", async () => {
    const good = nyId();
    const stor = nyId();
    const metadata = JSON.parse(Buffer.from(brev(OSLO, stor).meldingMetadata, "base64").toString("utf8"));
    const result = await index(OSLO_FAG, [
      brev(OSLO, good),
      { ...brev(OSLO, stor), meldingMetadata: base64({ ...metadata, avsender: "a".repeat(2_000_000) }) },
    ]);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "meldinger",
      invalid: [expect.objectContaining({ index: 1, meldingId: stor, field: "meldingMetadata.avsender" })],
    });
    expect(JSON.stringify(result).length).toBeLessThan(2000);
    expect(await exists(good)).toBe(false);
    expect(await exists(stor)).toBe(false);
  });

  it("refuses more than 5000 meldinger with a code the REST layer maps to 422", async () => {
    const meldinger = Array.from({ length: 5001 }, () => brev(OSLO, nyId()));
    const result = await index(OSLO_FAG, meldinger);
    expect(result.errors?.[0]?.extensions?.code).toBe("BATCH_TOO_LARGE");
    expect(result.status).toBe(422);
  });

  // Its time is measured by bench/inbox-og-sok.ts, not asserted here.
  it("indexes a batch of 5000 in one transaction", async () => {
    const meldinger = Array.from({ length: 5000 }, (_, i) =>
      brev(OSLO, nyId(), { pid: JONAS.pid, niva: 3 + (i % 2), tittel: `Masseutsending ${i}` }),
    );
    const result = await index(OSLO_FAG, meldinger);
    expect(result.data?.indexMeldinger.opprettet).toBe(5000);
  });

  it("refuses an integration without INNSYN_INDEX, and one acting for another municipality", async () => {
    const utenPrivilegium = integrasjon(OSLO, { privilegier: ["OPPGAVE"] });
    expect((await index(utenPrivilegium, [brev(OSLO, nyId())])).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const annenKommune = await index(OSLO_FAG, [brev(TRONDHEIM, nyId())], TRONDHEIM.fiksOrgId);
    expect(annenKommune.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const blandet = await index(OSLO_FAG, [brev(OSLO, nyId()), brev(TRONDHEIM, nyId())]);
    expect(blandet.errors?.[0]?.extensions).toMatchObject({
      code: "FORBIDDEN",
      errorCode: "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX",
      errorJson: {
        integrasjonId: OSLO_FAG.type === "integrasjon" ? OSLO_FAG.integrasjonId : "",
        fiksOrgId: TRONDHEIM.fiksOrgId,
      },
    });
  });

  it("refuses a citizen", async () => {
    const result = await index(innbygger(KARI.pid), [brev(OSLO, nyId())]);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets no integration overwrite another's meldingId, without details, and writes nothing of that batch", async () => {
    const owned = nyId();
    await index(OSLO_FAG, [brev(OSLO, owned, { pid: OLA.pid, tittel: "Eierens brev" })]);
    const fresh = nyId();
    const result = await index(ANNEN_OSLO_FAG, [brev(OSLO, fresh), brev(OSLO, owned, { tittel: "Kapret" })]);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.errors?.[0]?.message).not.toContain(owned);
    expect(await exists(fresh)).toBe(false);
    expect((await titlesFor(OLA.pid)).find((n) => n.meldingId === owned)?.tittel).toBe("Eierens brev");
  });
});

describe("deleting", () => {
  const SLETT = `mutation ($m: [SlettMeldingInput!]!) { slettMeldinger(meldinger: $m) { antallSlettet } }`;
  const SLETT_ASYNK = `mutation ($org: UUID!, $ref: String, $id: UUID) {
    slettMeldingerAsynkront(fiksOrganisasjonId: $org, eksternRef: $ref, meldingId: $id) { antallSlettet } }`;

  it("deletes by meldingId at once, only what the integration indexed", async () => {
    const own = nyId();
    const others = nyId();
    await index(OSLO_FAG, [brev(OSLO, own)]);
    await index(ANNEN_OSLO_FAG, [brev(OSLO, others)]);
    const spec = (meldingId: string) => ({ fiksOrgId: OSLO.fiksOrgId, meldingId, meldingType: "forsendelse" });
    const result = await callSubgraph<{ slettMeldinger: { antallSlettet: number } }>(innsyn.url, OSLO_FAG, SLETT, {
      m: [spec(own), spec(others)],
    });
    expect(result.data?.slettMeldinger.antallSlettet).toBe(1);
    expect(await exists(own)).toBe(false);
    expect(await exists(others)).toBe(true);
  });

  it("rejects an unknown meldingType naming the field", async () => {
    const result = await callSubgraph(innsyn.url, OSLO_FAG, SLETT, {
      m: [{ fiksOrgId: OSLO.fiksOrgId, meldingId: nyId(), meldingType: "brev" }],
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "meldinger[0].meldingType" });
  });

  it("deletes by eksternRef asynchronously: hidden at once, removed by the sweeper", async () => {
    const [a, b, keep] = [nyId(), nyId(), nyId()];
    await index(OSLO_FAG, [
      brev(OSLO, a, { pid: OLA.pid, eksternRef: "sakogarkiv.gruppe 1" }),
      brev(OSLO, b, { pid: OLA.pid, eksternRef: "sakogarkiv.gruppe 1" }),
      brev(OSLO, keep, { pid: OLA.pid, eksternRef: "sakogarkiv.gruppe 2" }),
    ]);
    const other = await callSubgraph<{ slettMeldingerAsynkront: { antallSlettet: number } }>(
      innsyn.url,
      ANNEN_OSLO_FAG,
      SLETT_ASYNK,
      { org: OSLO.fiksOrgId, ref: "sakogarkiv.gruppe 1" },
    );
    expect(other.data?.slettMeldingerAsynkront.antallSlettet).toBe(0);
    const result = await callSubgraph<{ slettMeldingerAsynkront: { antallSlettet: number } }>(
      innsyn.url,
      OSLO_FAG,
      SLETT_ASYNK,
      { org: OSLO.fiksOrgId, ref: "sakogarkiv.gruppe 1" },
    );
    expect(result.data?.slettMeldingerAsynkront.antallSlettet).toBe(2);
    const visible = (await titlesFor(OLA.pid)).map((n) => n.meldingId);
    expect(visible).toContain(keep);
    expect(visible).not.toContain(a);
    expect(await exists(a)).toBe(true);
    // The delete enqueued a sweeper round that is due at once.
    expect(await createFeiingWorker(innsyn.db).runUntilIdle()).toBeGreaterThanOrEqual(1);
    expect(await exists(a)).toBe(false);
    expect(await exists(b)).toBe(false);
    expect(await exists(keep)).toBe(true);
  });

  it("brings a melding marked for deletion back when it is indexed again before the sweep", async () => {
    const id = nyId();
    await index(OSLO_FAG, [brev(OSLO, id, { pid: OLA.pid })]);
    await callSubgraph(innsyn.url, OSLO_FAG, SLETT_ASYNK, { org: OSLO.fiksOrgId, id });
    expect((await titlesFor(OLA.pid)).map((n) => n.meldingId)).not.toContain(id);
    await index(OSLO_FAG, [brev(OSLO, id, { pid: OLA.pid })]);
    expect((await titlesFor(OLA.pid)).map((n) => n.meldingId)).toContain(id);
  });
});

describe("tilgjengeligTil", () => {
  it("hides an expired melding at once and lets the sweeper delete it", async () => {
    const expired = nyId();
    const future = nyId();
    await index(OSLO_FAG, [
      brev(OSLO, expired, { pid: OLA.pid, tilgjengeligTil: "2020-01-01T00:00:00Z" }),
      brev(OSLO, future, { pid: OLA.pid, tilgjengeligTil: "2099-01-01T00:00:00+01:00" }),
    ]);
    const visible = (await titlesFor(OLA.pid)).map((n) => n.meldingId);
    expect(visible).toContain(future);
    expect(visible).not.toContain(expired);
    // The periodic round: scheduled at start-up, it reschedules itself for the next period.
    await planleggFeiing(innsyn.db);
    const later = new Date(Date.now() + 11 * 60_000);
    expect(await createFeiingWorker(innsyn.db, { now: () => later }).runUntilIdle()).toBeGreaterThanOrEqual(1);
    expect(await exists(expired)).toBe(false);
    expect(await exists(future)).toBe(true);
  });
});

describe("the sweeper's schedule", () => {
  it("keeps one round per period however many replicas schedule it, and a round schedules the next", async () => {
    const now = new Date("2030-05-05T10:02:00Z");
    await planleggFeiing(innsyn.db, now);
    await planleggFeiing(innsyn.db, now);
    const ready = async () =>
      rowsOf<{ run_at: string }>(
        await innsyn.db.execute(sql`select run_at::text from innsyn.job where type = ${FEIING} and state = 'ready'
          and run_at >= '2030-01-01' order by run_at`),
      ).length;
    expect(await ready()).toBe(1);
    await createFeiingWorker(innsyn.db, { now: () => new Date("2030-05-05T10:03:00Z") }).runUntilIdle();
    const [next] = rowsOf<{ run_at: string }>(
      await innsyn.db.execute(sql`select to_char(run_at at time zone 'UTC', 'HH24:MI') as run_at from innsyn.job
        where type = ${FEIING} and state = 'ready' and run_at >= '2030-01-01'`),
    );
    expect(next?.run_at).toBe("10:05");
  });
});
