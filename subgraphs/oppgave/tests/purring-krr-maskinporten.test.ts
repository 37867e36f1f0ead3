import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { KARI, OLA, OSLO } from "@minkommune/demo-data";
import { createDevIdp, type DevIdp, generateSigningJwks, OPPGAVE_CLIENT_ID, publicJwks } from "@minkommune/dev-idp";
import { createDevKrr, type DevKrr } from "@minkommune/dev-krr";
import type { RunningSubgraph } from "@minkommune/subgraph-kit";
import { callSubgraph, TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import type { JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readEnv } from "../src/env.ts";
import { startSubgraph } from "../src/server.ts";
import { innbyggerKey, kari, osloIntegrasjon } from "./helpers/demo.ts";
import { gyldigOppgave, OPPRETT_OPPGAVE, type OpprettData } from "./helpers/operations.ts";
import { type SmtpSink, startSmtpSink } from "./helpers/smtp-sink.ts";
import { dagerGarMensDenErNede } from "./helpers/tid-gar.ts";

// The whole chain as `npm start` runs it: the Oppgave subgraph, configured through its
// environment, signs a JWT grant with its own key (from a file), gets a token from the dev-idp's
// Maskinporten, and dev-krr answers only with that token.

let testDb: TestDatabase;
let idp: DevIdp;
let krr: DevKrr;
let smtp: SmtpSink;
const dataDir = mkdtempSync(join(tmpdir(), "mk-oppgave-krr-token-"));
const keyFile = join(dataDir, "min-kommune-oppgave.jwk.json");

beforeAll(async () => {
  testDb = await createTestDatabase();
  const clientKey = (await generateSigningJwks()).keys[0] as JWK;
  writeFileSync(keyFile, JSON.stringify(clientKey), { mode: 0o600 });
  idp = await createDevIdp({
    port: 0,
    jwks: await generateSigningJwks(),
    oppgaveClientJwks: publicJwks({ keys: [clientKey] }),
  });
  krr = await createDevKrr({ host: "127.0.0.1", port: 0, maskinporten: { issuer: idp.maskinportenIssuer } });
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp?.close();
  await krr?.close();
  await idp?.close();
  await testDb?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The subgraph's environment, as a deployment would set it; PGlite on disk when there is no server. */
function environment(maskinporten: boolean): NodeJS.ProcessEnv {
  return {
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: dataDir,
    ...(testDb.url === "memory://" ? {} : { DATABASE_URL: testDb.url }),
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_TOKEN_SECRET,
    SEED_DEMO: "false",
    SMTP_URL: smtp.url,
    KRR_URL: krr.url,
    MAIL_FROM: "Min kommune <ikke-svar@minkommune.example>",
    ...(maskinporten
      ? {
          KRR_MASKINPORTEN_ISSUER: idp.maskinportenIssuer,
          KRR_MASKINPORTEN_CLIENT_ID: OPPGAVE_CLIENT_ID,
          KRR_MASKINPORTEN_KEY_FILE: keyFile,
        }
      : {}),
  };
}

const PROFIL = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Innbygger { kontaktinformasjon { epostadresse } } }
  }
`;
type ProfilData = { _entities: [{ kontaktinformasjon: { epostadresse: string | null } | null }] };
const profil = (subgraph: RunningSubgraph) =>
  callSubgraph<ProfilData>(subgraph.url, kari, PROFIL, {
    representations: [{ __typename: "Innbygger", id: innbyggerKey(kari) }],
  });

describe("KRR lookups with a Maskinporten token", () => {
  it("leave the profile's contact details UNAVAILABLE when the subgraph has no Maskinporten client", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const running = await startSubgraph(readEnv(environment(false)));
    try {
      const result = await profil(running);
      expect(result.data?._entities[0]?.kontaktinformasjon).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAVAILABLE");
      expect(krr.oppslag()).toEqual([]);
    } finally {
      await running.close();
      logged.mockRestore();
    }
  });

  it("show the profile's contact details and send the due reminders, KRR answering only with the token", async () => {
    const first = await startSubgraph(readEnv(environment(true)));
    let oppgaveId: string | undefined;
    try {
      expect((await profil(first)).data?._entities[0]?.kontaktinformasjon).toEqual({
        epostadresse: KARI.epostadresse,
      });
      const result = await callSubgraph<OpprettData>(first.url, osloIntegrasjon, OPPRETT_OPPGAVE, {
        fiksOrgId: OSLO.fiksOrgId,
        oppgave: { ...gyldigOppgave(), varsling: { purringIntervallDager: 2 } },
      });
      oppgaveId = result.data?.opprettOppgave?.id;
    } finally {
      await first.close();
    }
    expect(oppgaveId).toBeDefined();

    // Three days pass while nothing runs: the first reminder round is due.
    await dagerGarMensDenErNede({ url: testDb.url === "memory://" ? undefined : testDb.url, dataDir, dager: 3 });

    const second = await startSubgraph(readEnv(environment(true)));
    try {
      for (let i = 0; i < 100 && (await smtp.mottatt()).length < 2; i++) await sleep(50);
    } finally {
      await second.close();
    }
    const mottakere = (await smtp.mottatt()).flatMap((m) => m.rcptTo).toSorted();
    expect(mottakere).toEqual([KARI.epostadresse, OLA.epostadresse].toSorted());
    // The reminders' addresses came from dev-krr, which answers no lookup without a valid token.
    expect(krr.oppslag().flat()).toEqual(expect.arrayContaining([KARI.pid, OLA.pid]));
  });
});
