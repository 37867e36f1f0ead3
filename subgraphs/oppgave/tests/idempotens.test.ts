import { KARI, OLA, OSLO } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { integrasjon, osloIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { gyldigOppgave, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { countRows } from "./helpers/test-database.ts";

const t = useTestSubgraph({ seed: false });
let before: { oppgaver: number; mottakere: number };
beforeEach(async () => {
  before = await countRows(t.database.db);
});

/** A second integration of Oslo's, with the same privileges as the demo one. */
const annenOsloIntegrasjon = integrasjon(OSLO.fiksOrgId, { integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a0000099" });

const opprett = (idempotencyKey: unknown, oppgave = gyldigOppgave(), principal = osloIntegrasjon) =>
  callSubgraph<OpprettData>(t.subgraph.url, principal, OPPRETT_OPPGAVE, {
    fiksOrgId: OSLO.fiksOrgId,
    oppgave,
    idempotencyKey,
  });

let nr = 0;
/** A key no other test uses. */
const nyNokkel = () => `test-nokkel-${++nr}-${Date.now()}`;

describe("opprettOppgave with an idempotencyKey", () => {
  it("returns the first id for a retry and stores nothing new", async () => {
    const nokkel = nyNokkel();
    const forste = await opprett(nokkel);
    expect(forste.errors).toBeUndefined();
    const id = forste.data?.opprettOppgave?.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const etter = await countRows(t.database.db);
    expect(etter).toEqual({ oppgaver: before.oppgaver + 1, mottakere: before.mottakere + 2 });

    const andre = await opprett(nokkel);
    expect(andre).toEqual(forste);
    expect(await countRows(t.database.db)).toEqual(etter);
  });

  it("counts the same checked request as the same: padding, recipient order and repeats do not matter", async () => {
    const nokkel = nyNokkel();
    const forste = await opprett(nokkel);
    const sammeInnhold = {
      ...gyldigOppgave(),
      tittel: `  ${gyldigOppgave().tittel} `,
      mottakere: { personIdList: [OLA.pid, KARI.pid, OLA.pid] },
    };
    const andre = await opprett(nokkel, sammeInnhold);
    expect(andre.errors).toBeUndefined();
    expect(andre.data?.opprettOppgave?.id).toBe(forste.data?.opprettOppgave?.id);
    expect(await countRows(t.database.db)).toEqual({ oppgaver: before.oppgaver + 1, mottakere: before.mottakere + 2 });
  });

  it("answers CONFLICT with the existing id when the key is reused for another request", async () => {
    const nokkel = nyNokkel();
    const forste = await opprett(nokkel);
    const id = forste.data?.opprettOppgave?.id;
    const etter = await countRows(t.database.db);

    for (const endret of [
      { ...gyldigOppgave(), tittel: "En annen oppgave" },
      { ...gyldigOppgave(), mottakere: { personIdList: [KARI.pid] } },
      { ...gyldigOppgave(), frist: null },
    ]) {
      const result = await opprett(nokkel, endret);
      expect(result.data?.opprettOppgave ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.message).toContain("idempotencyKey");
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey", id });
    }
    expect(await countRows(t.database.db)).toEqual(etter);
  });

  it("scopes the key to the integration: another integration's same key is a new request", async () => {
    const nokkel = nyNokkel();
    const oslo = await opprett(nokkel);
    const annen = await opprett(nokkel, { ...gyldigOppgave(), tittel: "Annen" }, annenOsloIntegrasjon);
    expect(annen.errors).toBeUndefined();
    expect(annen.data?.opprettOppgave?.id).not.toBe(oslo.data?.opprettOppgave?.id);
    expect((await countRows(t.database.db)).oppgaver).toBe(before.oppgaver + 2);
  });

  it("creates separate oppgaver without a key, even for the same request", async () => {
    const a = await opprett(null);
    const b = await opprett(undefined);
    expect(a.data?.opprettOppgave?.id).not.toBe(b.data?.opprettOppgave?.id);
    expect((await countRows(t.database.db)).oppgaver).toBe(before.oppgaver + 2);
  });

  it.each([
    ["empty", ""],
    ["over 200 characters", "x".repeat(201)],
    ["with a line break", "a\nb"],
    ["with a leading space", " abc"],
    ["with non-ASCII letters", "nøkkel"],
  ])("refuses a key that is %s with BAD_USER_INPUT and stores nothing", async (_navn, nokkel) => {
    const result = await opprett(nokkel);
    expect(result.data?.opprettOppgave ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it("accepts a key of exactly 200 printable characters", async () => {
    const result = await opprett(`${nyNokkel()}-`.padEnd(200, "~"));
    expect(result.errors).toBeUndefined();
  });

  it("creates exactly one oppgave when identical requests with the same key arrive at the same moment", async () => {
    for (let runde = 0; runde < 5; runde++) {
      const nokkel = nyNokkel();
      const start = await countRows(t.database.db);
      const results = await Promise.all(Array.from({ length: 8 }, () => opprett(nokkel)));
      for (const result of results) expect(result.errors).toBeUndefined();
      const ids = new Set(results.map((r) => r.data?.opprettOppgave?.id));
      expect(ids.size).toBe(1);
      expect(await countRows(t.database.db)).toEqual({
        oppgaver: start.oppgaver + 1,
        mottakere: start.mottakere + 2,
      });
    }
  });

  it("lets exactly one of concurrent different requests with the same key win; the rest get CONFLICT", async () => {
    const nokkel = nyNokkel();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => opprett(nokkel, { ...gyldigOppgave(), tittel: `Variant ${i}` })),
    );
    const vunnet = results.filter((r) => r.data?.opprettOppgave);
    expect(vunnet).toHaveLength(1);
    const id = vunnet[0]?.data?.opprettOppgave?.id;
    for (const tapt of results.filter((r) => !r.data?.opprettOppgave)) {
      expect(tapt.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", id });
    }
    expect((await countRows(t.database.db)).oppgaver).toBe(before.oppgaver + 1);
  });
});
