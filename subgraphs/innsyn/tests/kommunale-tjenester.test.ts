import { join } from "node:path";
import type { Principal } from "@minkommune/auth";
import { type Database, openDatabase } from "@minkommune/db";
import { createTestDatabase } from "@minkommune/db/testing";
import { DEMO_INTEGRASJONER, INGRID, JONAS, KARI, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { serveSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph, innbygger, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InnsynSchema, kommunalTjeneste, melding, schema } from "../src/db/schema.ts";
import { seedDemo } from "../src/seed.ts";
import { createServer } from "../src/server.ts";

const queries: string[] = [];
let url = "";
let db: Database<InnsynSchema>;
let close: () => Promise<void>;

beforeAll(async () => {
  const testDb = await createTestDatabase();
  const database = await openDatabase({
    schemaName: "innsyn",
    schema,
    migrationsFolder: join(import.meta.dirname, "../drizzle"),
    url: testDb.url,
    dataDir: "",
    logger: { logQuery: (query) => queries.push(query) },
  });
  db = database.db;
  await seedDemo(db);
  const running = await serveSubgraph({
    ...createServer({ db }),
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    host: "127.0.0.1",
    port: 0,
  });
  url = running.url;
  close = async () => {
    await running.close();
    await database.close();
    await testDb.drop();
  };
});
afterAll(() => close());

const TJENESTE = "tjenesteId tittel lenke rettetMot favoritt";
const INNBYGGER = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Innbygger { kommunaleTjenester { ${TJENESTE} } } } }`;
const KOMMUNE = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Kommune { fiksOrgId tjenester { ${TJENESTE} } } } }`;

interface Tjeneste {
  tjenesteId: string;
  tittel: string;
  lenke: string;
  rettetMot: string;
  favoritt: boolean;
}

const key = (principal: Principal) => (principal.type === "innbygger" ? principal.innbyggerId : "");

async function tjenesterFor(principal: Principal, id = key(principal)) {
  return callSubgraph<{ _entities: [{ kommunaleTjenester: Tjeneste[] } | null] }>(url, principal, INNBYGGER, {
    r: [{ __typename: "Innbygger", id }],
  });
}

async function titler(principal: Principal): Promise<string[]> {
  const result = await tjenesterFor(principal);
  expect(result.errors).toBeUndefined();
  return result.data?._entities[0]?.kommunaleTjenester.map((t) => t.tittel) ?? [];
}

describe("Innbygger.kommunaleTjenester", () => {
  it("lists the person services of the municipality that wrote to the citizen, favourites first", async () => {
    const result = await tjenesterFor(innbygger(INGRID.pid, 3));
    expect(result.errors).toBeUndefined();
    const tjenester = result.data?._entities[0]?.kommunaleTjenester ?? [];
    // Ingrid has a letter from Oslo only; Trondheim's OFFENTLIG letter reaches everyone and does not count.
    expect(tjenester.map((t) => [t.tittel, t.favoritt])).toEqual([
      ["Eiendomsskatt", true],
      ["Søk barnehageplass", true],
      ["Avfall og gjenvinning", false],
      ["Beboerparkering", false],
    ]);
    expect(tjenester.every((t) => t.lenke.startsWith("https://www.oslo.kommune.no/"))).toBe(true);
    expect(new Set(tjenester.map((t) => t.rettetMot))).toEqual(new Set(["PERSON", "PERSON_OG_ORGANISASJON"]));
  });

  it("covers every municipality that wrote to the citizen, never services for organisations only", async () => {
    const result = await titler(innbygger(KARI.pid, 3));
    expect(result).toHaveLength(8);
    expect(result.slice(0, 4).sort()).toEqual(["Byggesak", "Eiendomsskatt", "Søk barnehageplass", "Søk plass i SFO"]);
    expect(result).not.toContain("Salgs- og skjenkebevilling");
    expect(result).not.toContain("Serverings- og skjenkebevilling");
  });

  it("counts only meldinger visible at the login level", async () => {
    expect(await titler(innbygger(JONAS.pid, 3))).toEqual([]);
    await db.insert(melding).values({
      meldingId: "7e0e7e57-0000-4000-8000-000000000001",
      fiksOrgId: TRONDHEIM.fiksOrgId,
      integrasjonId: DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === TRONDHEIM.fiksOrgId)?.integrasjonId ?? "",
      versjon: "forsendelseV2",
      eksponertForType: "FODSELSNUMMER",
      eksponertForVerdi: JONAS.pid,
      sikkerhetsniva: 4,
      tittel: "Vedtak om avlastning",
      sendtDato: new Date("2026-11-02T10:00:00Z"),
    });
    expect(await titler(innbygger(JONAS.pid, 3))).toEqual([]);
    const niva4 = await titler(innbygger(JONAS.pid, 4));
    expect(niva4.slice(0, 2)).toEqual(["Byggesak", "Søk plass i SFO"]);
    expect(niva4).toHaveLength(4);
  });

  it("resolves another citizen's key to null and refuses callers that are not citizens", async () => {
    const kari = innbygger(KARI.pid, 3);
    const other = await tjenesterFor(kari, key(innbygger(INGRID.pid, 3)));
    expect(other.data?._entities).toEqual([null]);
    const integrasjon = DEMO_INTEGRASJONER[0];
    if (!integrasjon) throw new Error("no demo integration");
    const asIntegrasjon = await callSubgraph(
      url,
      {
        type: "integrasjon",
        integrasjonId: integrasjon.integrasjonId,
        fiksOrgId: integrasjon.fiksOrgId,
        orgnr: integrasjon.orgnr,
        privilegier: integrasjon.privilegier,
      },
      INNBYGGER,
      { r: [{ __typename: "Innbygger", id: key(kari) }] },
    );
    expect(asIntegrasjon.data?._entities).toEqual([null]);
  });
});

describe("Kommune.tjenester", () => {
  it("lists every service of each municipality, favourites first, in one query for many", async () => {
    queries.length = 0;
    const result = await callSubgraph<{ _entities: { fiksOrgId: string; tjenester: Tjeneste[] }[] }>(
      url,
      innbygger(KARI.pid, 3),
      KOMMUNE,
      {
        r: [
          { __typename: "Kommune", fiksOrgId: OSLO.fiksOrgId },
          { __typename: "Kommune", fiksOrgId: TRONDHEIM.fiksOrgId },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    const [oslo, trondheim] = result.data?._entities ?? [];
    expect(oslo?.tjenester.map((t) => t.tittel)).toEqual([
      "Eiendomsskatt",
      "Søk barnehageplass",
      "Avfall og gjenvinning",
      "Beboerparkering",
      "Salgs- og skjenkebevilling",
    ]);
    expect(trondheim?.tjenester).toHaveLength(5);
    expect(trondheim?.tjenester.every((t) => t.lenke.startsWith("https://www.trondheim.kommune.no/"))).toBe(true);
    expect(queries.filter((q) => q.includes('"kommunal_tjeneste"'))).toHaveLength(1);
  });

  it("is seeded idempotently", async () => {
    await seedDemo(db);
    const [row] = await db.select({ n: count() }).from(kommunalTjeneste);
    expect(row?.n).toBe(10);
  });
});
