import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import type { RunningSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { exportJWK, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../src/env.ts";
import { startSubgraph } from "../src/server.ts";
import { innbyggerKey, kari } from "./helpers/demo.ts";

const QUERY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Innbygger { oppgaver { totalCount } } }
  }
`;
const variables = { representations: [{ __typename: "Innbygger", id: innbyggerKey(kari) }] };
type Data = { _entities: [{ oppgaver: { totalCount: number } }] };

let testDb: TestDatabase;
let subgraph: RunningSubgraph;
const dataDir = mkdtempSync(join(tmpdir(), "mk-oppgave-"));

beforeAll(async () => {
  testDb = await createTestDatabase();
  subgraph = await startSubgraph({
    databaseUrl: testDb.url,
    dataDir,
    host: "127.0.0.1",
    port: 0,
    internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
    seedDemo: true,
  });
});
afterAll(async () => {
  await subgraph?.close();
  await testDb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("startSubgraph", () => {
  it("migrates, seeds and serves the demo oppgaver", async () => {
    const result = await callSubgraph<Data>(subgraph.url, kari, QUERY, variables);
    expect(result.data?._entities[0].oppgaver.totalCount).toBe(10);
  });

  it("answers 401 to a call without the gateway's internal token", async () => {
    const result = await callSubgraph(subgraph.url, null, QUERY, variables);
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("keeps /health open for probes", async () => {
    const response = await fetch(subgraph.url.replace("/graphql", "/health"));
    expect(response.status).toBe(200);
  });
});

describe("startSubgraph on embedded PGlite on disk", () => {
  it("keeps its data across a restart, migrating and seeding only once", async () => {
    const options = {
      databaseUrl: undefined,
      dataDir,
      host: "127.0.0.1",
      port: 0,
      internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
      seedDemo: true,
    };
    for (let start = 0; start < 2; start++) {
      const running = await startSubgraph(options);
      try {
        const result = await callSubgraph<Data>(running.url, kari, QUERY, variables);
        expect(result.data?._entities[0].oppgaver.totalCount).toBe(10);
      } finally {
        await running.close();
      }
    }
  });
});

describe("readEnv", () => {
  it("defaults to port 4002 with demo data outside production", () => {
    expect(readEnv({})).toMatchObject({ port: 4002, host: "127.0.0.1", seedDemo: true, databaseUrl: undefined });
  });

  it("requires a database and a secret in production", () => {
    expect(() => readEnv({ APP_ENV: "production" })).toThrow();
  });

  it("tells the server whether it runs as production, which decides if http urls to localhost pass", async () => {
    expect(readEnv({}).production).toBe(false);
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const produksjon = {
      APP_ENV: "production",
      DATABASE_URL: "postgres://postgres@127.0.0.1:5432/minkommune",
      INTERNAL_TOKEN_SECRET: "x".repeat(32),
      SMTP_URL: "smtp://127.0.0.1:2525",
      KRR_URL: "https://krr.example.no",
      MAIL_FROM: "Min kommune <ikke-svar@minkommune.example>",
      KRR_MASKINPORTEN_ISSUER: "https://maskinporten.no/",
      KRR_MASKINPORTEN_CLIENT_ID: "min-kommune-oppgave",
      KRR_MASKINPORTEN_KEY: JSON.stringify({ ...(await exportJWK(privateKey)), kid: "oppgave-krr" }),
    };
    expect(readEnv(produksjon).production).toBe(true);
    // The real KRR answers no lookup without a Maskinporten token.
    expect(() => readEnv({ ...produksjon, KRR_MASKINPORTEN_CLIENT_ID: undefined })).toThrow(
      "KRR_MASKINPORTEN_CLIENT_ID",
    );
  });

  it("calls KRR without a token in development until a Maskinporten client is set", () => {
    expect(readEnv({}).krrMaskinporten).toBeUndefined();
    expect(
      readEnv({ KRR_MASKINPORTEN_CLIENT_ID: "min-kommune-oppgave", KRR_MASKINPORTEN_KEY_FILE: "k.json" })
        .krrMaskinporten,
    ).toEqual({
      issuer: "http://localhost:4400/maskinporten",
      clientId: "min-kommune-oppgave",
      key: { file: "k.json" },
    });
  });
});
