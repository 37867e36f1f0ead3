import { INGRID, JONAS } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { lagreOppgave, settMottakerStatus } from "../src/db/integrasjon-oppgaver.ts";
import { ingrid, kari, osloIntegrasjon, osloOppgave, trondheimOppgave } from "./helpers/demo.ts";
import { useTestSubgraph } from "./helpers/fixture.ts";
import { KARI_REKKEFOLGE, oppgaveliste } from "./helpers/oppgaveliste.ts";

const t = useTestSubgraph({ seed: true });
const { page } = oppgaveliste(() => t.subgraph.url);

describe("Innbygger.oppgaver", () => {
  it("lists open oppgaver first, overdue first and without frist last, then the rest", async () => {
    const result = await page(kari);
    expect(result.totalCount).toBe(10);
    expect(result.nodes.map((n) => n.id)).toEqual(KARI_REKKEFOLGE);
    expect(result.nodes.slice(0, 3).map((n) => n.frist)).toEqual(["2026-06-10", "2026-06-12", "2026-06-22"]);
    expect(result.pageInfo.hasNextPage).toBe(false);
  });

  it("filters on the citizen's own status and counts the same filter", async () => {
    const ny = await page(kari, { status: "NY" });
    expect(ny.totalCount).toBe(6);
    expect(ny.nodes.map((n) => n.id)).toEqual(KARI_REKKEFOLGE.slice(0, 6));
    const fullfort = await page(kari, { status: "FULLFORT" });
    expect(fullfort.totalCount).toBe(4);
    expect(fullfort.nodes.map((n) => n.id)).toEqual(KARI_REKKEFOLGE.slice(6));
    expect(fullfort.nodes.every((n) => n.status === "FULLFORT")).toBe(true);
  });

  it("sorts an ANY oppgave that another recipient completed with the closed ones", async () => {
    const id = "0a9e0000-0000-4000-8000-000000000a01";
    await lagreOppgave(t.database.db, id, osloIntegrasjon, {
      tittel: "Hent nøkkel til kommunal bolig",
      beskrivelse: "Én i husstanden må hente nøkkelen.",
      handling: "Bestill henting",
      url: "https://www.oslo.kommune.no/bolig/",
      frist: "2026-06-01",
      utfortKriterie: "ANY",
      sprak: null,
      metadata: null,
      mottakere: { personIdList: [INGRID.pid, JONAS.pid] },
      varsling: { purringIntervallDager: 0 },
    });
    await settMottakerStatus(t.database.db, osloIntegrasjon, id, JONAS.pid, "FULLFORT");

    const result = await page(ingrid);
    expect(result.nodes.map((n) => [n.id, n.status, n.fullfort])).toEqual([
      [osloOppgave(6), "NY", false],
      [id, "NY", true],
    ]);
  });

  it("filters on the overall state, alone and together with the own status, and counts the same filter", async () => {
    const ferdig = await page(kari, { fullfort: true });
    expect(ferdig.nodes.map((n) => n.id)).toEqual([trondheimOppgave(4), osloOppgave(4)]);
    expect(ferdig.totalCount).toBe(2);
    expect(ferdig.nodes.every((n) => n.fullfort)).toBe(true);

    const apne = await page(kari, { fullfort: false });
    expect(apne.nodes.map((n) => n.id)).toEqual([...KARI_REKKEFOLGE.slice(0, 6), trondheimOppgave(1), osloOppgave(1)]);
    expect(apne.totalCount).toBe(8);

    // Done by Kari herself, but the ALL oppgave waits for Ola.
    const venter = await page(kari, { status: "FULLFORT", fullfort: false });
    expect(venter.nodes.map((n) => n.id)).toEqual([trondheimOppgave(1), osloOppgave(1)]);
    expect(venter.totalCount).toBe(2);
  });

  it("pages through a filtered list with cursors", async () => {
    const forste = await page(kari, { fullfort: false, first: 5 });
    expect(forste.pageInfo.hasNextPage).toBe(true);
    const andre = await page(kari, { fullfort: false, first: 5, after: forste.pageInfo.endCursor });
    expect(andre.pageInfo.hasNextPage).toBe(false);
    expect([...forste.nodes, ...andre.nodes].map((n) => n.id)).toEqual(
      (await page(kari, { fullfort: false })).nodes.map((n) => n.id),
    );
    expect(andre.totalCount).toBe(8);
  });
});
