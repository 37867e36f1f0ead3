import { join } from "node:path";
import { openDatabase } from "@minkommune/db";
import { createTestDatabase } from "@minkommune/db/testing";
import { KARI, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { serveSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph, innbygger, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/db/schema.ts";
import { seedDemo } from "../src/seed.ts";
import { createServer } from "../src/server.ts";

const queries: string[] = [];
let url = "";
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
  await seedDemo(database.db);
  const running = await serveSubgraph({
    ...createServer({ db: database.db }),
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

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Innbygger { id antallUlesteForsendelser }
  ... on Kommune { fiksOrgId navn kommunenummer }
  ... on Forsendelse { meldingId tittel kommune { navn } } } }`;

describe("_entities", () => {
  it("resolves the caller's own Innbygger", async () => {
    const kari = innbygger(KARI.pid, 3);
    const id = kari.type === "innbygger" ? kari.innbyggerId : "";
    const result = await callSubgraph<{ _entities: unknown[] }>(url, kari, ENTITIES, {
      r: [{ __typename: "Innbygger", id }],
    });
    expect(result.data?._entities).toEqual([{ id, antallUlesteForsendelser: 3 }]);
  });

  it("resolves many Kommune references with one query, unknown ones as null", async () => {
    queries.length = 0;
    const representations = [OSLO, TRONDHEIM, OSLO].map((k) => ({ __typename: "Kommune", fiksOrgId: k.fiksOrgId }));
    representations.push({ __typename: "Kommune", fiksOrgId: "not-a-uuid" });
    const result = await callSubgraph<{ _entities: unknown[] }>(url, innbygger(KARI.pid), ENTITIES, {
      r: representations,
    });
    expect(result.data?._entities).toEqual([
      { fiksOrgId: OSLO.fiksOrgId, navn: "Oslo kommune", kommunenummer: "0301" },
      { fiksOrgId: TRONDHEIM.fiksOrgId, navn: "Trondheim kommune", kommunenummer: "5001" },
      { fiksOrgId: OSLO.fiksOrgId, navn: "Oslo kommune", kommunenummer: "0301" },
      null,
    ]);
    expect(queries.filter((q) => q.includes('"innsyn"."kommune"'))).toHaveLength(1);
  });

  it("resolves many Forsendelse references with one query for letters and one for their municipalities", async () => {
    queries.length = 0;
    const ids = [1, 2, 4, 8].map((n) => `d0c5e11a-0000-4000-8000-${String(n).padStart(12, "0")}`);
    const result = await callSubgraph<{ _entities: ({ meldingId: string; kommune: { navn: string } } | null)[] }>(
      url,
      innbygger(KARI.pid, 3),
      ENTITIES,
      { r: ids.map((meldingId) => ({ __typename: "Forsendelse", meldingId })) },
    );
    expect(result.data?._entities.map((e) => e?.meldingId)).toEqual(ids);
    expect(result.data?._entities.map((e) => e?.kommune.navn)).toContain("Trondheim kommune");
    expect(queries.filter((q) => q.includes('from "innsyn"."melding"'))).toHaveLength(1);
    expect(queries.filter((q) => q.includes('"innsyn"."kommune"'))).toHaveLength(1);
  });
});
