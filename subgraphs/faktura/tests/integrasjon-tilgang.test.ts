import { randomUUID } from "node:crypto";
import type { Principal } from "@minkommune/auth";
import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import type { RunningSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../src/seed.ts";
import { annenOsloIntegrasjon, fakturaId, integrasjon, kari4, osloUtenFaktura, trondheim } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA, REGISTRER_INNBETALING } from "./helpers/faktura-input.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";

const FAKTURA = /* GraphQL */ `
  query ($fiksOrgId: UUID!, $meldingId: UUID!) {
    faktura(fiksOrgId: $fiksOrgId, meldingId: $meldingId) { id tittel belop }
  }
`;

let database: CountingDatabase;
let subgraph: RunningSubgraph;
const meldingId = randomUUID();

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db);
  subgraph = await serveTestSubgraph(database.db);
  const result = await callSubgraph(subgraph.url, integrasjon, REGISTRER_FAKTURA, {
    fiksOrgId: OSLO.fiksOrgId,
    faktura: fakturaInput({ meldingId }),
  });
  expect(result.errors).toBeUndefined();
});
afterAll(async () => {
  await subgraph?.close();
  await database?.close();
});

const hent = (principal: Principal, fiksOrgId: string, id = meldingId) =>
  callSubgraph<{ faktura: { tittel: string; belop: number } | null }>(subgraph.url, principal, FAKTURA, {
    fiksOrgId,
    meldingId: id,
  });

describe("an integration sees and changes only the invoices it registered", () => {
  it("the registering integration reads its invoice back", async () => {
    const { data } = await hent(integrasjon, OSLO.fiksOrgId);
    expect(data?.faktura).toMatchObject({ belop: 100_000 });
  });

  it("another integration of the same municipality gets null, as for an id that does not exist", async () => {
    expect((await hent(annenOsloIntegrasjon, OSLO.fiksOrgId)).data?.faktura).toBeNull();
    expect((await hent(integrasjon, OSLO.fiksOrgId, randomUUID())).data?.faktura).toBeNull();
  });

  it("another integration registering the same meldingId gets its own invoice and leaves ours alone", async () => {
    const theirs = await callSubgraph<{ registrerFaktura: { id: string } }>(
      subgraph.url,
      annenOsloIntegrasjon,
      REGISTRER_FAKTURA,
      {
        fiksOrgId: OSLO.fiksOrgId,
        faktura: fakturaInput({ meldingId, belop: 1 }),
      },
    );
    expect(theirs.errors).toBeUndefined();
    expect((await hent(integrasjon, OSLO.fiksOrgId)).data?.faktura?.belop).toBe(100_000);
    expect((await hent(annenOsloIntegrasjon, OSLO.fiksOrgId)).data?.faktura?.belop).toBe(1);
  });

  it("another integration cannot pay our invoice: NOT_FOUND, and nothing changes", async () => {
    const stranger = randomUUID();
    const result = await callSubgraph(subgraph.url, trondheim, REGISTRER_INNBETALING, {
      fiksOrgId: TRONDHEIM.fiksOrgId,
      meldingId: stranger,
      innbetaling: { belop: 100, dato: "2026-06-01", referanse: "X" },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // The demo invoices were registered by the Oslo integration under their ids.
    const demo = await callSubgraph(subgraph.url, annenOsloIntegrasjon, REGISTRER_INNBETALING, {
      fiksOrgId: OSLO.fiksOrgId,
      meldingId: fakturaId("1002"),
      innbetaling: { belop: 100, dato: "2026-06-01", referanse: "X" },
    });
    expect(demo.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it.each<[string, Principal, string]>([
    ["an integration acting for another municipality", trondheim, OSLO.fiksOrgId],
    ["an integration without the FAKTURA privilege", osloUtenFaktura, OSLO.fiksOrgId],
    ["a citizen", kari4, OSLO.fiksOrgId],
  ])("%s is FORBIDDEN for registrerFaktura, faktura and betalingsutsettelser", async (_, principal, fiksOrgId) => {
    const registrert = await callSubgraph(subgraph.url, principal, REGISTRER_FAKTURA, {
      fiksOrgId,
      faktura: fakturaInput(),
    });
    expect(registrert.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await hent(principal, fiksOrgId)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const liste = await callSubgraph(
      subgraph.url,
      principal,
      "query ($f: UUID!) { betalingsutsettelser(fiksOrgId: $f) { nodes { id } } }",
      { f: fiksOrgId },
    );
    expect(liste.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("an unauthenticated call is refused", async () => {
    const result = await callSubgraph(subgraph.url, null, REGISTRER_FAKTURA, {
      fiksOrgId: OSLO.fiksOrgId,
      faktura: fakturaInput(),
    });
    expect(result.status).toBe(401);
  });
});
