import { DEMO_PERSONER, INGRID, JONAS, KARI, OLA } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { fixtureTilgangskilde, standardTilgangskilde } from "./fixture-tilgangskilde.ts";
import { INGEN_TILGANGER, tilgangerForPerson } from "./tilgangskilde.ts";

const HUSET = "5001-412/77/0/0";
const LEILIGHETEN = "0301-208/133/0/4";

describe("fixtureTilgangskilde", () => {
  const kilde = fixtureTilgangskilde();

  it("gives co-owners the same property: Ingrid and Jonas the house, Kari and Ola the flat", async () => {
    expect((await tilgangerForPerson(kilde, INGRID.pid)).matrikkelenheter).toEqual([HUSET]);
    expect((await tilgangerForPerson(kilde, JONAS.pid)).matrikkelenheter).toEqual([HUSET]);
    expect((await tilgangerForPerson(kilde, KARI.pid)).matrikkelenheter).toContain(LEILIGHETEN);
    expect((await tilgangerForPerson(kilde, OLA.pid)).matrikkelenheter).toEqual([LEILIGHETEN]);
  });

  it("gives Kari her company's post and no one else any organisation", async () => {
    expect((await tilgangerForPerson(kilde, KARI.pid)).organisasjoner).toEqual(["310000035"]);
    for (const person of [OLA, INGRID, JONAS]) {
      expect((await tilgangerForPerson(kilde, person.pid)).organisasjoner).toEqual([]);
    }
  });

  it("answers many persons in one call and leaves out those it does not know", async () => {
    const svar = await kilde.tilgangerFor([INGRID.pid, "01010112345", OLA.pid]);
    expect([...svar.keys()]).toEqual([INGRID.pid, OLA.pid]);
    expect(await tilgangerForPerson(kilde, "01010112345")).toEqual(INGEN_TILGANGER);
  });

  it("reads the fixtures it is given instead of the demo ones", async () => {
    const etterSalg = fixtureTilgangskilde([{ pid: KARI.pid, organisasjoner: [], matrikkelenheter: [HUSET] }]);
    expect((await tilgangerForPerson(etterSalg, KARI.pid)).matrikkelenheter).toEqual([HUSET]);
    expect(await tilgangerForPerson(etterSalg, INGRID.pid)).toEqual(INGEN_TILGANGER);
  });
});

describe("standardTilgangskilde", () => {
  it("grants the demo rights outside production", async () => {
    const kilde = standardTilgangskilde({ production: false });
    expect((await tilgangerForPerson(kilde, JONAS.pid)).matrikkelenheter).toEqual([HUSET]);
  });

  it("grants nothing in production, not even to the demo persons", async () => {
    const kilde = standardTilgangskilde({ production: true });
    const svar = await kilde.tilgangerFor(DEMO_PERSONER.map((p) => p.pid));
    expect(svar.size).toBe(0);
  });
});
