import { randomUUID } from "node:crypto";
import type { Principal } from "@minkommune/auth";
import { callSubgraph } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { betalingsutsettelse } from "../src/db/schema.ts";
import { fakturaId, ingrid4, integrasjon, jonas4, kari3, kari4, ola4, trondheim } from "./helpers/demo.ts";
import { fakturaInput, REGISTRER_FAKTURA } from "./helpers/faktura-input.ts";
import { useSeededSubgraph } from "./helpers/seeded-subgraph.ts";
import { beOm } from "./helpers/utsettelse.ts";

const t = useSeededSubgraph();

const antallForesporsler = async (id: string) =>
  (await t.database.db.select().from(betalingsutsettelse).where(eq(betalingsutsettelse.fakturaId, id))).length;

/** Registers an invoice for Kari through `principal` (its municipality) and returns its id. */
async function registrer(principal: Principal, overrides: Record<string, unknown>): Promise<string> {
  if (principal.type !== "integrasjon") throw new Error("needs an integration");
  const result = await callSubgraph<{ registrerFaktura: { id: string } }>(
    t.subgraph.url,
    principal,
    REGISTRER_FAKTURA,
    {
      fiksOrgId: principal.fiksOrgId,
      faktura: fakturaInput(overrides),
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.registrerFaktura.id ?? "";
}

describe("beOmBetalingsutsettelse decided by policy", () => {
  // The answer time is measured by bench/betalingsutsettelse.ts, not asserted here.
  it("grants within Oslo's policy: new due date, history kept", async () => {
    const { errors, svar } = await beOm(t.subgraph.url, kari4, fakturaId("1004"), "2026-08-10");
    expect(errors).toBeUndefined();
    expect(svar).toMatchObject({
      status: "INNVILGET",
      onsketForfallDato: "2026-08-10",
      forfallDato: "2026-08-10",
      avslag: null,
      faktura: {
        forfallDato: "2026-08-10",
        historikk: [{ type: "BETALINGSUTSETTELSE_INNVILGET", forfallDato: "2026-08-10" }],
      },
    });
  });

  it("refuses a postponement longer than maksDager, with the reason in nb, nn or en", async () => {
    const nb = await beOm(t.subgraph.url, kari4, fakturaId("1002"), "2026-07-01");
    expect(nb.svar).toMatchObject({
      status: "AVSLATT",
      forfallDato: "2026-05-20",
      avslag: { kode: "FOR_LANG_UTSETTELSE" },
    });
    expect(nb.svar?.avslag?.tekst).toBe("Den nye forfallsdatoen er lenger fram enn kommunen tillater.");
    const nn = await beOm(t.subgraph.url, kari4, fakturaId("1002"), "2026-07-01", { sprak: "nn" });
    expect(nn.svar?.avslag?.tekst).toBe("Den nye forfallsdatoen er lenger fram enn kommunen tillèt.");
    const en = await beOm(t.subgraph.url, kari4, fakturaId("1002"), "2026-07-01", { sprak: "en" });
    expect(en.svar?.avslag?.tekst).toBe("The new due date is further ahead than the municipality allows.");
    expect(en.svar?.id).toBe(nb.svar?.id);
  });

  it("refuses after SENDT_INKASSO and for a paid invoice", async () => {
    expect((await beOm(t.subgraph.url, kari4, fakturaId("1007"), "2026-03-20")).svar?.avslag?.kode).toBe(
      "SENDT_TIL_INKASSO",
    );
    expect((await beOm(t.subgraph.url, kari4, fakturaId("1001"), "2026-03-01")).svar?.avslag?.kode).toBe(
      "ALLEREDE_BETALT",
    );
  });

  it("grants Trondheim's one postponement, then refuses a second", async () => {
    const first = await beOm(t.subgraph.url, kari4, fakturaId("1006"), "2026-06-25");
    expect(first.svar?.status).toBe("INNVILGET");
    const second = await beOm(t.subgraph.url, kari4, fakturaId("1006"), "2026-06-29");
    expect(second.svar).toMatchObject({
      status: "AVSLATT",
      forfallDato: "2026-06-25",
      avslag: { kode: "FOR_MANGE_UTSETTELSER" },
    });
  });

  it("refuses an amount under Trondheim's minimumBelop", async () => {
    const id = await registrer(trondheim, { belop: 49_999, gebyr: 0, kontonummer: null, kid: null });
    expect((await beOm(t.subgraph.url, kari4, id, "2026-07-05")).svar?.avslag?.kode).toBe("BELOP_UNDER_MINIMUM");
  });

  it("answers IKKE_TILBUDT where the municipality has no policy", async () => {
    const utenPolicy: Principal = { ...integrasjon, fiksOrgId: randomUUID(), integrasjonId: randomUUID() } as Principal;
    const id = await registrer(utenPolicy, {});
    expect((await beOm(t.subgraph.url, kari4, id, "2026-07-05")).svar?.avslag?.kode).toBe("IKKE_TILBUDT");
  });

  it("a co-owner can ask for the shared property-tax invoice, and the other sees the new date", async () => {
    const { svar } = await beOm(t.subgraph.url, jonas4, fakturaId("3001"), "2026-07-10");
    expect(svar?.status).toBe("INNVILGET");
    const again = await beOm(t.subgraph.url, ingrid4, fakturaId("3001"), "2026-07-10");
    expect(again.svar?.id).toBe(svar?.id);
  });
});

describe("beOmBetalingsutsettelse: one request per double click, and bad input", () => {
  it("the same date twice is one request with one answer", async () => {
    const id = await registrer(integrasjon, {});
    const first = await beOm(t.subgraph.url, kari4, id, "2026-07-10");
    const second = await beOm(t.subgraph.url, kari4, id, "2026-07-10");
    expect(second.svar).toEqual(first.svar);
    expect(await antallForesporsler(id)).toBe(1);
  });

  it("the same idempotencyKey returns the first answer; reused for another date it is refused", async () => {
    const id = await registrer(integrasjon, {});
    const first = await beOm(t.subgraph.url, kari4, id, "2026-07-10", { idempotencyKey: "k1" });
    expect((await beOm(t.subgraph.url, kari4, id, "2026-07-10", { idempotencyKey: "k1" })).svar?.id).toBe(
      first.svar?.id,
    );
    const reused = await beOm(t.subgraph.url, kari4, id, "2026-07-12", { idempotencyKey: "k1" });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "idempotencyKey" });
    expect(await antallForesporsler(id)).toBe(1);
  });

  it("refuses a date not after the current due date, naming nyForfallDato, and stores nothing", async () => {
    const id = await registrer(integrasjon, {});
    for (const dato of ["2026-06-30", "2026-06-01"]) {
      const { errors } = await beOm(t.subgraph.url, kari4, id, dato);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "nyForfallDato" });
    }
    expect(await antallForesporsler(id)).toBe(0);
  });

  it("refuses an impossible date before any query", async () => {
    const { errors } = await beOm(t.subgraph.url, kari4, fakturaId("1004"), "2026-02-30");
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("beOmBetalingsutsettelse from the attacker's side", () => {
  it.each<[string, Principal, string]>([
    ["another citizen's invoice", ola4, fakturaId("1004")],
    ["a level-4 invoice from a level-3 session", kari3, fakturaId("1005")],
    ["a guessed id", kari4, randomUUID()],
    ["a property invoice of someone else's property", kari4, fakturaId("3001")],
  ])("%s is NOT_FOUND and stores nothing", async (_, principal, id) => {
    const before = await antallForesporsler(id);
    const { errors } = await beOm(t.subgraph.url, principal, id, "2026-12-01");
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await antallForesporsler(id)).toBe(before);
  });

  it("an integration cannot ask on a citizen's behalf", async () => {
    const { errors } = await beOm(t.subgraph.url, trondheim, fakturaId("1006"), "2026-06-20");
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
