import { KARI, OLA, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { innbyggerKey, kari, osloIntegrasjon } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { gyldigOppgave, HENT_OPPGAVE, type HentData, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { countRows } from "./helpers/test-database.ts";

const t = useTestSubgraph({ seed: false });
let before: { oppgaver: number; mottakere: number };
beforeEach(async () => {
  before = await countRows(t.database.db);
});

const opprett = (oppgave: Record<string, unknown>, fiksOrgId = OSLO.fiksOrgId) =>
  callSubgraph<OpprettData>(t.subgraph.url, osloIntegrasjon, OPPRETT_OPPGAVE, { fiksOrgId, oppgave });

describe("opprettOppgave", () => {
  it("stores the oppgave for each listed citizen once and returns its id", async () => {
    const result = await opprett({
      ...gyldigOppgave(),
      tittel: "  Gi samtykke til deling av skoledata  ",
      mottakere: { personIdList: [KARI.pid, OLA.pid, KARI.pid] },
    });
    expect(result.errors).toBeUndefined();
    const id = result.data?.opprettOppgave?.id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await countRows(t.database.db)).toEqual({ oppgaver: before.oppgaver + 1, mottakere: before.mottakere + 2 });

    const hentet = await callSubgraph<HentData>(t.subgraph.url, osloIntegrasjon, HENT_OPPGAVE, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgaveId: id,
    });
    expect(hentet.errors).toBeUndefined();
    const { tittel, beskrivelse, handling, url, frist, utfortKriterie, sprak, metadata } = gyldigOppgave();
    expect(hentet.data?.oppgave).toEqual({
      id,
      tittel,
      beskrivelse,
      handling,
      url,
      frist,
      utfortKriterie,
      sprak,
      metadata,
      fullfort: false,
      varsling: { purringIntervallDager: 5 },
      mottakere: [
        { personId: OLA.pid, status: "NY", statusEndret: expect.stringMatching(/Z$/) },
        { personId: KARI.pid, status: "NY", statusEndret: expect.stringMatching(/Z$/) },
      ],
    });
  });

  it("shows the new oppgave to its recipient, and only to them", async () => {
    const result = await opprett({ ...gyldigOppgave(), mottakere: { personIdList: [KARI.pid] } });
    const id = result.data?.opprettOppgave?.id;
    const query = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Innbygger { oppgaver { nodes { id status } } }
        }
      }
    `;
    const kariSine = await callSubgraph<{ _entities: [{ oppgaver: { nodes: { id: string }[] } }] }>(
      t.subgraph.url,
      kari,
      query,
      { representations: [{ __typename: "Innbygger", id: innbyggerKey(kari) }] },
    );
    expect(kariSine.data?._entities[0].oppgaver.nodes).toContainEqual({ id, status: "NY" });
  });

  it("fills in the defaults the KS spec gives for left-out fields", async () => {
    const { varsling: _v, metadata: _m, sprak: _s, frist: _f, ...pakrevd } = gyldigOppgave();
    const result = await opprett(pakrevd);
    const hentet = await callSubgraph<HentData>(t.subgraph.url, osloIntegrasjon, HENT_OPPGAVE, {
      fiksOrgId: OSLO.fiksOrgId,
      oppgaveId: result.data?.opprettOppgave?.id,
    });
    expect(hentet.data?.oppgave).toMatchObject({
      frist: null,
      sprak: null,
      metadata: null,
      varsling: { purringIntervallDager: 0 },
    });
  });

  it("accepts the fiksOrgId in upper case", async () => {
    const result = await opprett(gyldigOppgave(), OSLO.fiksOrgId.toUpperCase());
    expect(result.errors).toBeUndefined();
  });

  it("takes 10 000 recipients in one request, with the same statements as for one", async () => {
    const statements = async (personIdList: string[]) => {
      t.database.queries.length = 0;
      const result = await opprett({ ...gyldigOppgave(), mottakere: { personIdList } });
      expect(result.errors).toBeUndefined();
      return [...t.database.queries];
    };
    const en = await statements([KARI.pid]);
    const mange = await statements(synthetiskePersonIder(10_000));
    expect(mange).toEqual(en);
    // One INSERT for every recipient together, not one per row or per chunk.
    expect(mange.filter((q) => q.includes('into "oppgave"."mottaker"'))).toHaveLength(1);
    expect(await countRows(t.database.db)).toEqual({
      oppgaver: before.oppgaver + 2,
      mottakere: before.mottakere + 10_001,
    });
  });
});
