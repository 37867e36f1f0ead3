import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { utsettelsePolicy } from "../src/db/schema.ts";
import { seedDemo } from "../src/seed.ts";
import { httpFagsystem } from "../src/utsettelse/fagsystem-klient.ts";
import { fakturaId, integrasjon, kari4, osloUtenFaktura, trondheim } from "./helpers/demo.ts";
import { startFagsystem } from "./helpers/fagsystem-server.ts";
import { lesPolicy, settPolicy } from "./helpers/policy.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";
import { beOm } from "./helpers/utsettelse.ts";

const FORSTE_HEMMELIGHET = "oslo-forste-hemmelighet-0123456789abcdef";
const NY_HEMMELIGHET = "oslo-rotert-hemmelighet-fedcba9876543210";

const regler = {
  maksDager: 30,
  maksAntallPerFaktura: 2,
  ikkeEtterSendtInkasso: true,
  minimumBelop: 0,
  fagsystemBestemmer: false,
};

let database: CountingDatabase;
let subgraph: Awaited<ReturnType<typeof serveTestSubgraph>>;

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db);
  subgraph = await serveTestSubgraph(database.db, undefined, { fagsystem: httpFagsystem({ timeoutMs: 2_000 }) });
});
afterAll(async () => {
  await subgraph?.close();
  await database?.close();
});

const lagret = async (fiksOrgId: string) =>
  (await database.db.select().from(utsettelsePolicy).where(eq(utsettelsePolicy.fiksOrgId, fiksOrgId)))[0];

describe("the invoicing integration reads and sets its municipality's policy", () => {
  it("reads the seeded policy, with no secret set", async () => {
    const { errors, policy } = await lesPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId);
    expect(errors).toBeUndefined();
    expect(policy).toEqual({
      fiksOrgId: OSLO.fiksOrgId,
      ...regler,
      fagsystemUrl: null,
      webhookUrl: null,
      harHemmelighet: false,
      avdragTillatt: true,
      maksAntallAvdrag: 6,
      minimumAvdragBelop: 50_000,
    });
  });

  it("turns avdrag off when the new policy leaves it out: the policy is replaced, not merged", async () => {
    const { policy } = await settPolicy(subgraph.url, trondheim, TRONDHEIM.fiksOrgId, {
      ...regler,
      avdragTillatt: true,
      maksAntallAvdrag: 3,
      minimumAvdragBelop: 10_000,
    });
    expect(policy).toMatchObject({ avdragTillatt: true, maksAntallAvdrag: 3, minimumAvdragBelop: 10_000 });
    const { policy: utenAvdrag } = await settPolicy(subgraph.url, trondheim, TRONDHEIM.fiksOrgId, regler);
    expect(utenAvdrag).toMatchObject({ avdragTillatt: false, maksAntallAvdrag: 0, minimumAvdragBelop: 0 });
  });

  it("has no field that reads the secret back", async () => {
    const result = await callSubgraph(
      subgraph.url,
      integrasjon,
      `query ($id: UUID!) { utsettelsePolicy(fiksOrgId: $id) { hemmelighet } }`,
      { id: OSLO.fiksOrgId },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("sets endpoints and a secret, tells only that a secret is set, and the rules take effect", async () => {
    const fagsystem = await startFagsystem(FORSTE_HEMMELIGHET);
    try {
      const { errors, policy } = await settPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId, {
        ...regler,
        maksDager: 10,
        fagsystemBestemmer: true,
        fagsystemUrl: `${fagsystem.url}/utsettelse`,
        webhookUrl: `${fagsystem.url}/hendelser`,
        nyHemmelighet: FORSTE_HEMMELIGHET,
      });
      expect(errors).toBeUndefined();
      expect(policy).toMatchObject({ maksDager: 10, fagsystemBestemmer: true, harHemmelighet: true });
      expect(JSON.stringify(policy)).not.toContain(FORSTE_HEMMELIGHET);
      expect((await lesPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId)).policy).toEqual(policy);
      expect((await lagret(OSLO.fiksOrgId))?.hemmelighet).toBe(FORSTE_HEMMELIGHET);

      // 11 days is past the new maksDager: refused by the rules, the invoicing system is not asked.
      expect((await beOm(subgraph.url, kari4, fakturaId("1004"), "2026-07-31")).svar?.avslag?.kode).toBe(
        "FOR_LANG_UTSETTELSE",
      );
      expect(fagsystem.mottatt).toHaveLength(0);
      // Within it: the invoicing system is asked at the configured URL, signed with the secret.
      expect((await beOm(subgraph.url, kari4, fakturaId("1004"), "2026-07-25")).svar?.status).toBe("INNVILGET");
      expect(fagsystem.mottatt).toMatchObject([{ path: "/utsettelse", gyldigSignatur: true }]);
    } finally {
      await fagsystem.close();
    }
  });

  it("keeps the secret when none is given, and signs with the new one once rotated", async () => {
    const fagsystem = await startFagsystem(NY_HEMMELIGHET);
    try {
      const utenNy = await settPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId, {
        ...regler,
        fagsystemBestemmer: true,
        fagsystemUrl: `${fagsystem.url}/utsettelse`,
      });
      expect(utenNy.errors).toBeUndefined();
      expect(utenNy.policy?.harHemmelighet).toBe(true);
      expect((await lagret(OSLO.fiksOrgId))?.hemmelighet).toBe(FORSTE_HEMMELIGHET);
      // The receiver already expects the new secret: a request signed with the old one fails there.
      const gammel = await beOm(subgraph.url, kari4, fakturaId("1005"), "2026-07-05");
      expect(gammel.svar?.status).toBe("UNDER_BEHANDLING");
      expect(fagsystem.mottatt).toMatchObject([{ gyldigSignatur: false }]);

      const rotert = await settPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId, {
        ...regler,
        fagsystemBestemmer: true,
        fagsystemUrl: `${fagsystem.url}/utsettelse`,
        nyHemmelighet: NY_HEMMELIGHET,
      });
      expect(rotert.errors).toBeUndefined();
      expect((await lagret(OSLO.fiksOrgId))?.hemmelighet).toBe(NY_HEMMELIGHET);
      const ny = await beOm(subgraph.url, kari4, fakturaId("1002"), "2026-05-30");
      expect(ny.svar?.status).toBe("INNVILGET");
      expect(fagsystem.mottatt.at(-1)).toMatchObject({ gyldigSignatur: true });
    } finally {
      await fagsystem.close();
    }
  });

  it("two settings at once leave one whole policy, and a policy without a new secret never drops it", async () => {
    const tredje = "oslo-tredje-hemmelighet-00112233445566778899";
    const medWebhook = {
      ...regler,
      maksDager: 7,
      webhookUrl: "https://hendelser.oslo.kommune.no/",
      nyHemmelighet: tredje,
    };
    const utenEndepunkter = { ...regler, maksDager: 8 };
    const svar = await Promise.all([
      settPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId, medWebhook),
      settPolicy(subgraph.url, integrasjon, OSLO.fiksOrgId, utenEndepunkter),
    ]);
    expect(svar.map((s) => s.errors)).toEqual([undefined, undefined]);
    const rad = await lagret(OSLO.fiksOrgId);
    expect(rad?.hemmelighet).toBe(tredje);
    expect([
      { maksDager: 7, webhookUrl: "https://hendelser.oslo.kommune.no/" },
      { maksDager: 8, webhookUrl: null },
    ]).toContainEqual({ maksDager: rad?.maksDager, webhookUrl: rad?.webhookUrl });
  });
});

describe("settUtsettelsePolicy refuses bad input, naming the field, and stores nothing", () => {
  it.each([
    [{ ...regler, maksDager: 0 }, "policy.maksDager"],
    [{ ...regler, webhookUrl: "http://hendelser.trondheim.kommune.no/" }, "policy.webhookUrl"],
    [{ ...regler, fagsystemBestemmer: true }, "policy.fagsystemUrl"],
    [{ ...regler, nyHemmelighet: "kort" }, "policy.nyHemmelighet"],
    // Trondheim has no secret yet: endpoints cannot be set without one.
    [{ ...regler, webhookUrl: "https://hendelser.trondheim.kommune.no/" }, "policy.nyHemmelighet"],
    [{ ...regler, fagsystemBestemmer: true, fagsystemUrl: "https://f.trondheim.kommune.no/" }, "policy.nyHemmelighet"],
  ])("%o → %s", async (policy, felt) => {
    const for_ = await lagret(TRONDHEIM.fiksOrgId);
    const { errors } = await settPolicy(subgraph.url, trondheim, TRONDHEIM.fiksOrgId, policy);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: felt });
    expect(errors?.[0]?.message).toContain(felt);
    expect(await lagret(TRONDHEIM.fiksOrgId)).toEqual(for_);
  });

  it("in production holds endpoints to https, even to localhost", async () => {
    const produksjon = await serveTestSubgraph(database.db, undefined, { production: true });
    try {
      const { errors } = await settPolicy(produksjon.url, trondheim, TRONDHEIM.fiksOrgId, {
        ...regler,
        webhookUrl: "http://127.0.0.1:4100/hendelser",
        nyHemmelighet: NY_HEMMELIGHET,
      });
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "policy.webhookUrl" });
      expect((await lagret(TRONDHEIM.fiksOrgId))?.webhookUrl).toBeNull();
    } finally {
      await produksjon.close();
    }
  });
});

describe("policy access, from the attacker's side", () => {
  it("another municipality's integration can neither read nor set Oslo's policy", async () => {
    const for_ = await lagret(OSLO.fiksOrgId);
    const les = await lesPolicy(subgraph.url, trondheim, OSLO.fiksOrgId);
    expect(les.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(les.policy ?? null).toBeNull();
    const sett = await settPolicy(subgraph.url, trondheim, OSLO.fiksOrgId, { ...regler, maksDager: 365 });
    expect(sett.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await lagret(OSLO.fiksOrgId)).toEqual(for_);
  });

  it("an integration without the FAKTURA privilege is refused", async () => {
    const for_ = await lagret(OSLO.fiksOrgId);
    expect((await lesPolicy(subgraph.url, osloUtenFaktura, OSLO.fiksOrgId)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const sett = await settPolicy(subgraph.url, osloUtenFaktura, OSLO.fiksOrgId, { ...regler, maksDager: 365 });
    expect(sett.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await lagret(OSLO.fiksOrgId)).toEqual(for_);
  });

  it("a citizen is refused", async () => {
    const for_ = await lagret(OSLO.fiksOrgId);
    expect((await lesPolicy(subgraph.url, kari4, OSLO.fiksOrgId)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const sett = await settPolicy(subgraph.url, kari4, OSLO.fiksOrgId, { ...regler, maksDager: 365 });
    expect(sett.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await lagret(OSLO.fiksOrgId)).toEqual(for_);
  });
});
