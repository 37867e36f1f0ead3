import type { Principal } from "@minkommune/auth";
import { INGRID, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { oppgave, oppgaveHendelse } from "../src/db/schema.ts";
import { osloIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import {
  gyldigOppgave,
  HENT_TILSTAND,
  OPPRETT_OPPGAVE,
  type OpprettData,
  SETT_STATUS,
  type SettStatusData,
  type Tilstand,
  type TilstandData,
} from "./helpers/operations.ts";

const t = useTestSubgraph({ seed: false });
const PERSONER = [KARI.pid, OLA.pid, INGRID.pid];

async function opprett(personIdList: string[], utfortKriterie: "ANY" | "ALL"): Promise<string> {
  const result = await callSubgraph<OpprettData>(t.subgraph.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
    fiksOrgId: OSLO.fiksOrgId,
    oppgave: { ...gyldigOppgave(), utfortKriterie, mottakere: { personIdList } },
  });
  const id = result.data?.opprettOppgave?.id;
  if (!id) throw new Error(JSON.stringify(result.errors));
  return id;
}

async function sett(oppgaveId: string, personId: string, status: "NY" | "FULLFORT"): Promise<Tilstand> {
  const result = await callSubgraph<SettStatusData>(t.subgraph.url, osloIntegrasjon, SETT_STATUS, {
    fiksOrgId: OSLO.fiksOrgId,
    oppgaveId,
    status: { personId, status },
  });
  const tilstand = result.data?.settOppgaveStatus;
  if (!tilstand) throw new Error(JSON.stringify(result.errors));
  return tilstand;
}

async function hent(oppgaveId: string): Promise<Tilstand> {
  const result = await callSubgraph<TilstandData>(t.subgraph.url, osloIntegrasjon, HENT_TILSTAND, {
    fiksOrgId: OSLO.fiksOrgId,
    oppgaveId,
  });
  if (!result.data?.oppgave) throw new Error(JSON.stringify(result.errors));
  return result.data.oppgave;
}

const SOM_MOTTAKER = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Oppgave { id status fullfort fullfortTidspunkt fullfortAvAnnenMottaker }
    }
  }
`;
type SomMottaker = {
  id: string;
  status: string;
  fullfort: boolean;
  fullfortTidspunkt: string | null;
  fullfortAvAnnenMottaker: string | null;
};

async function somMottaker(principal: Principal, id: string): Promise<SomMottaker | null> {
  const result = await callSubgraph<{ _entities: (SomMottaker | null)[] }>(t.subgraph.url, principal, SOM_MOTTAKER, {
    representations: [{ __typename: "Oppgave", id }],
  });
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0] ?? null;
}

/** The recorded changes of the overall state, oldest first. */
async function hendelser(id: string) {
  return t.database.db
    .select({ hendelse: oppgaveHendelse.hendelse, tidspunkt: oppgaveHendelse.tidspunkt })
    .from(oppgaveHendelse)
    .where(eq(oppgaveHendelse.oppgaveId, id))
    .orderBy(asc(oppgaveHendelse.id));
}

// Every recipient count from 1 to 3 and every combination of NY/FULLFORT, under ANY and ALL.
const TABELL: { kriterie: "ANY" | "ALL"; fullforte: boolean[] }[] = [];
for (const kriterie of ["ANY", "ALL"] as const) {
  for (let antall = 1; antall <= 3; antall++) {
    for (let maske = 0; maske < 2 ** antall; maske++) {
      TABELL.push({ kriterie, fullforte: Array.from({ length: antall }, (_, i) => (maske & (1 << i)) !== 0) });
    }
  }
}

describe("the overall state (KS utfortKriterie)", () => {
  it.each(TABELL)("$kriterie with recipients completed $fullforte", async ({ kriterie, fullforte }) => {
    const personer = PERSONER.slice(0, fullforte.length);
    const id = await opprett(personer, kriterie);
    for (const [i, ferdig] of fullforte.entries()) {
      if (ferdig) await sett(id, personer[i] ?? "", "FULLFORT");
    }
    const antallFerdig = fullforte.filter(Boolean).length;
    const forventet = kriterie === "ANY" ? antallFerdig >= 1 : antallFerdig === fullforte.length;

    const tilstand = await hent(id);
    expect(tilstand.fullfort).toBe(forventet);
    expect(tilstand.fullfortTidspunkt !== null).toBe(forventet);
    expect((await hendelser(id)).map((h) => h.hendelse)).toEqual(forventet ? ["FULLFORT"] : []);

    for (const [i, personId] of personer.entries()) {
      const sett = await somMottaker(innbygger(personId), id);
      expect(sett).toMatchObject({
        status: fullforte[i] ? "FULLFORT" : "NY",
        fullfort: forventet,
        fullfortTidspunkt: tilstand.fullfortTidspunkt,
      });
      const andreFerdig = fullforte.some((ferdig, j) => ferdig && j !== i);
      expect(sett?.fullfortAvAnnenMottaker != null).toBe(andreFerdig);
    }
  });

  it("records when ALL becomes done, clears it when a recipient goes back to NY, and records the next time anew", async () => {
    const id = await opprett([KARI.pid, OLA.pid], "ALL");
    await sett(id, KARI.pid, "FULLFORT");
    const ferdig = await sett(id, OLA.pid, "FULLFORT");
    expect(ferdig.fullfort).toBe(true);
    const olaEndret = ferdig.mottakere.find((m) => m.personId === OLA.pid)?.statusEndret;
    expect(ferdig.fullfortTidspunkt).toBe(olaEndret);

    const gjenapnet = await sett(id, OLA.pid, "NY");
    expect(gjenapnet).toMatchObject({ fullfort: false, fullfortTidspunkt: null });

    await new Promise((resolve) => setTimeout(resolve, 5));
    const igjen = await sett(id, OLA.pid, "FULLFORT");
    expect(igjen.fullfort).toBe(true);
    expect(Date.parse(igjen.fullfortTidspunkt ?? "")).toBeGreaterThan(Date.parse(ferdig.fullfortTidspunkt ?? ""));
    expect((await hendelser(id)).map((h) => h.hendelse)).toEqual(["FULLFORT", "GJENAPNET", "FULLFORT"]);
  });

  it("keeps the time ANY first became done when more recipients complete", async () => {
    const id = await opprett([KARI.pid, OLA.pid, INGRID.pid], "ANY");
    const forste = await sett(id, OLA.pid, "FULLFORT");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const andre = await sett(id, KARI.pid, "FULLFORT");
    expect(andre.fullfortTidspunkt).toBe(forste.fullfortTidspunkt);
    // Ola going back to NY leaves Kari's completion: still done, still the same period.
    const tilbake = await sett(id, OLA.pid, "NY");
    expect(tilbake.fullfortTidspunkt).toBe(forste.fullfortTidspunkt);
    expect((await hendelser(id)).map((h) => h.hendelse)).toEqual(["FULLFORT"]);
    // Ingrid sees when another recipient first completed: Kari now, since Ola is back to NY.
    const ingrid = await somMottaker(innbygger(INGRID.pid), id);
    expect(ingrid?.fullfortAvAnnenMottaker).toBe(andre.mottakere.find((m) => m.personId === KARI.pid)?.statusEndret);
  });

  it("gives exactly one transition when the last two recipients of ALL complete at the same moment", async () => {
    for (let runde = 0; runde < 10; runde++) {
      const id = await opprett([KARI.pid, OLA.pid, INGRID.pid], "ALL");
      await sett(id, KARI.pid, "FULLFORT");
      const [ola, ingrid] = await Promise.all([sett(id, OLA.pid, "FULLFORT"), sett(id, INGRID.pid, "FULLFORT")]);
      // The later of the two commits completes it; its answer is read after its own change.
      expect([ola.fullfort, ingrid.fullfort]).toContain(true);
      const tilstand = await hent(id);
      expect(tilstand.fullfort).toBe(true);
      const [tellere] = await t.database.db
        .select({ antallMottakere: oppgave.antallMottakere, antallFullfort: oppgave.antallFullfort })
        .from(oppgave)
        .where(eq(oppgave.id, id));
      expect(tellere).toEqual({ antallMottakere: 3, antallFullfort: 3 });
      const logg = await hendelser(id);
      expect(logg.map((h) => h.hendelse)).toEqual(["FULLFORT"]);
      expect(logg[0]?.tidspunkt.toISOString()).toBe(tilstand.fullfortTidspunkt);
    }
  });

  it("gives exactly one transition when every recipient of ANY completes at the same moment", async () => {
    const id = await opprett(PERSONER, "ANY");
    await Promise.all(PERSONER.map((personId) => sett(id, personId, "FULLFORT")));
    expect((await hendelser(id)).map((h) => h.hendelse)).toEqual(["FULLFORT"]);
    expect((await hent(id)).fullfort).toBe(true);
  });
});
