import type { Principal } from "@minkommune/auth";
import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/seed.ts";
import { annenOsloIntegrasjon, fakturaId, integrasjon, kari4, trondheim } from "./helpers/demo.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";
import { beOm } from "./helpers/utsettelse.ts";

const LISTE = /* GraphQL */ `
  query ($fiksOrgId: UUID!, $first: Int, $after: String) {
    betalingsutsettelser(fiksOrgId: $fiksOrgId, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id meldingId fakturanummer forfallDatoFor onsketForfallDato status avslagKode besluttetAv opprettet besluttet }
    }
  }
`;

interface Node {
  id: string;
  meldingId: string;
  onsketForfallDato: string;
  status: string;
  avslagKode: string | null;
  besluttetAv: string | null;
}
interface Page {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

let database: CountingDatabase;
let subgraph: Awaited<ReturnType<typeof serveTestSubgraph>>;

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db);
  subgraph = await serveTestSubgraph(database.db);
  // Three Oslo requests (granted, refused, granted) and one in Trondheim.
  for (const [nr, dato] of [
    ["1004", "2026-08-01"],
    ["1002", "2026-09-01"],
    ["1003", "2026-04-01"],
  ] as const) {
    expect((await beOm(subgraph.url, kari4, fakturaId(nr), dato)).errors).toBeUndefined();
  }
  expect((await beOm(subgraph.url, kari4, fakturaId("1006"), "2026-06-20")).errors).toBeUndefined();
});
afterAll(async () => {
  await subgraph?.close();
  await database?.close();
});

async function liste(principal: Principal, fiksOrgId: string, variables: Record<string, unknown> = {}) {
  const result = await callSubgraph<{ betalingsutsettelser: Page }>(subgraph.url, principal, LISTE, {
    fiksOrgId,
    ...variables,
  });
  return { errors: result.errors, page: result.data?.betalingsutsettelser };
}

describe("betalingsutsettelser for the invoicing system", () => {
  it("lists the requests on its own invoices in arrival order with their decisions", async () => {
    const { errors, page } = await liste(integrasjon, OSLO.fiksOrgId);
    expect(errors).toBeUndefined();
    expect(page?.nodes).toMatchObject([
      { meldingId: fakturaId("1004"), status: "INNVILGET", besluttetAv: "POLICY", avslagKode: null },
      { meldingId: fakturaId("1002"), status: "AVSLATT", avslagKode: "FOR_LANG_UTSETTELSE" },
      { meldingId: fakturaId("1003"), status: "INNVILGET" },
    ]);
  });

  it("pages with a cursor without gaps or repeats", async () => {
    const first = await liste(integrasjon, OSLO.fiksOrgId, { first: 2 });
    expect(first.page?.pageInfo.hasNextPage).toBe(true);
    const rest = await liste(integrasjon, OSLO.fiksOrgId, { first: 2, after: first.page?.pageInfo.endCursor });
    expect(rest.page?.pageInfo.hasNextPage).toBe(false);
    const all = [...(first.page?.nodes ?? []), ...(rest.page?.nodes ?? [])].map((n) => n.meldingId);
    expect(all).toEqual([fakturaId("1004"), fakturaId("1002"), fakturaId("1003")]);
  });

  it("shows each integration only its own invoices' requests", async () => {
    expect((await liste(trondheim, TRONDHEIM.fiksOrgId)).page?.nodes.map((n) => n.meldingId)).toEqual([
      fakturaId("1006"),
    ]);
    expect((await liste(annenOsloIntegrasjon, OSLO.fiksOrgId)).page?.nodes).toEqual([]);
  });

  it("refuses a malformed cursor naming after, and first out of range naming first", async () => {
    expect((await liste(integrasjon, OSLO.fiksOrgId, { after: "tull" })).errors?.[0]?.extensions).toMatchObject({
      field: "after",
    });
    const feil = Buffer.from(JSON.stringify([-1])).toString("base64url");
    expect((await liste(integrasjon, OSLO.fiksOrgId, { after: feil })).errors?.[0]?.extensions).toMatchObject({
      field: "after",
    });
    expect((await liste(integrasjon, OSLO.fiksOrgId, { first: 0 })).errors?.[0]?.extensions).toMatchObject({
      field: "first",
    });
  });

  it("never includes the citizen's fødselsnummer", async () => {
    const { page } = await liste(integrasjon, OSLO.fiksOrgId);
    expect(JSON.stringify(page)).not.toContain("12858510048");
  });
});
