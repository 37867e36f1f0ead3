import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Principal } from "@minkommune/auth";
import { JONAS, KARI, OLA } from "@minkommune/demo-data";
import { createDevKrr, type DevKrr } from "@minkommune/dev-krr";
import { demoRegister } from "@minkommune/dev-krr/fixtures";
import type { RunningSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph, innbygger } from "@minkommune/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { varslingsvalg } from "../src/db/schema.ts";
import { hentVarslingsvalg } from "../src/db/varslingsvalg.ts";
import { krrHttp } from "../src/notification/krr/krr-http.ts";
import { innbyggerKey, kari, ola, osloIntegrasjon } from "./helpers/demo.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";

const jonas = innbygger(JONAS.pid, 4);
const KARI_MOBIL = "+4791234567";

let database: CountingDatabase;
let krr: DevKrr;
let feilendeKrr: Server;
let subgraph: RunningSubgraph;
let utenKrr: RunningSubgraph;
let nede: RunningSubgraph;
let feiler: RunningSubgraph;

/** A port nothing listens on: a server's, after it closed. */
async function ledigPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  database = await openCountingDatabase();
  const register = demoRegister().map((p) =>
    p.personidentifikator === KARI.pid
      ? { ...p, kontaktinformasjon: { ...p.kontaktinformasjon, mobiltelefonnummer: KARI_MOBIL } }
      : p,
  );
  krr = await createDevKrr({ host: "127.0.0.1", port: 0, personer: register });
  // A register failing with a body that echoes the request, as a broken proxy might.
  feilendeKrr = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => response.writeHead(500, { "content-type": "text/plain" }).end(`feil for ${body}`));
  }).listen(0, "127.0.0.1");
  await new Promise((resolve) => feilendeKrr.once("listening", resolve));
  subgraph = await serveTestSubgraph(database.db, { kontaktregister: krrHttp({ url: krr.url }) });
  utenKrr = await serveTestSubgraph(database.db);
  nede = await serveTestSubgraph(database.db, {
    kontaktregister: krrHttp({ url: `http://127.0.0.1:${await ledigPort()}`, timeoutMs: 2000 }),
  });
  const { port } = feilendeKrr.address() as AddressInfo;
  feiler = await serveTestSubgraph(database.db, { kontaktregister: krrHttp({ url: `http://127.0.0.1:${port}` }) });
});
afterAll(async () => {
  for (const s of [subgraph, utenKrr, nede, feiler]) await s?.close();
  await krr?.close();
  await new Promise((resolve) => feilendeKrr?.close(resolve));
  await database?.close();
});

const PROFIL = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Innbygger {
        varslingsvalg { epostPurring }
        kontaktinformasjon { epostadresse mobiltelefonnummer reservert status }
      }
    }
  }
`;
const SETT = /* GraphQL */ `
  mutation ($valg: VarslingsvalgInput!) { settVarslingsvalg(varslingsvalg: $valg) { epostPurring } }
`;
type Profil = {
  varslingsvalg: { epostPurring: boolean };
  kontaktinformasjon: {
    epostadresse: string | null;
    mobiltelefonnummer: string | null;
    reservert: boolean;
    status: string;
  } | null;
};
type ProfilData = { _entities: [Profil | null] };

function profil(url: string, principal: Principal, key = innbyggerKey(principal)) {
  return callSubgraph<ProfilData>(url, principal, PROFIL, { representations: [{ __typename: "Innbygger", id: key }] });
}

describe("Innbygger.kontaktinformasjon", () => {
  it("shows the signed-in citizen's own KRR record", async () => {
    const result = await profil(subgraph.url, kari);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]?.kontaktinformasjon).toEqual({
      epostadresse: KARI.epostadresse,
      mobiltelefonnummer: KARI_MOBIL,
      reservert: false,
      status: "AKTIV",
    });
    // One lookup, for Kari alone.
    expect(krr.oppslag().at(-1)).toEqual([KARI.pid]);
  });

  it("shows a reservation", async () => {
    const result = await profil(subgraph.url, jonas);
    expect(result.data?._entities[0]?.kontaktinformasjon).toMatchObject({ reservert: true, status: "AKTIV" });
  });

  it("resolves another citizen's Innbygger key to null without asking KRR", async () => {
    const before = krr.oppslag().length;
    const result = await profil(subgraph.url, kari, innbyggerKey(ola));
    expect(result.data?._entities).toEqual([null]);
    expect(krr.oppslag()).toHaveLength(before);
  });

  it.each([
    ["unreachable", () => nede],
    ["failing with a 500", () => feiler],
    ["not configured", () => utenKrr],
  ])("fails only that field with UNAVAILABLE when KRR is %s, naming no person id", async (_name, server) => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await profil(server().url, kari);
      expect(result.status).toBe(200);
      expect(result.data?._entities[0]).toEqual({ varslingsvalg: { epostPurring: true }, kontaktinformasjon: null });
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAVAILABLE");
      expect(result.errors?.[0]?.path).toEqual(["_entities", 0, "kontaktinformasjon"]);
      expect(JSON.stringify(result)).not.toContain(KARI.pid);
      expect(JSON.stringify(logged.mock.calls)).not.toContain(KARI.pid);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("Innbygger.varslingsvalg and Mutation.settVarslingsvalg", () => {
  it("defaults to reminder e-mails on, and stores a change for the signed-in citizen only", async () => {
    expect((await profil(utenKrr.url, ola)).data?._entities[0]?.varslingsvalg).toEqual({ epostPurring: true });
    const av = await callSubgraph(utenKrr.url, ola, SETT, { valg: { epostPurring: false } });
    expect(av.errors).toBeUndefined();
    expect(av.data).toEqual({ settVarslingsvalg: { epostPurring: false } });
    expect(await hentVarslingsvalg(database.db, OLA.pid)).toEqual({ epostPurring: false });
    // Kari's choices are untouched by Ola's change.
    expect(await hentVarslingsvalg(database.db, KARI.pid)).toEqual({ epostPurring: true });
    expect((await profil(utenKrr.url, kari)).data?._entities[0]?.varslingsvalg).toEqual({ epostPurring: true });
  });

  it("is idempotent: repeating or racing the same change leaves one row", async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => callSubgraph(utenKrr.url, jonas, SETT, { valg: { epostPurring: false } })),
    );
    const back = await callSubgraph(utenKrr.url, jonas, SETT, { valg: { epostPurring: true } });
    expect(back.data).toEqual({ settVarslingsvalg: { epostPurring: true } });
    const rows = (await database.db.select().from(varslingsvalg)).filter((r) => r.personId === JONAS.pid);
    expect(rows.map((r) => r.epostPurring)).toEqual([true]);
  });

  it("refuses an integration and stores nothing", async () => {
    const before = await database.db.select().from(varslingsvalg);
    const result = await callSubgraph(utenKrr.url, osloIntegrasjon, SETT, { valg: { epostPurring: false } });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await database.db.select().from(varslingsvalg)).toEqual(before);
  });

  it("refuses a missing choice with a validation error and stores nothing", async () => {
    const before = await database.db.select().from(varslingsvalg);
    const result = await callSubgraph(utenKrr.url, kari, SETT, { valg: {} });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await database.db.select().from(varslingsvalg)).toEqual(before);
  });
});
