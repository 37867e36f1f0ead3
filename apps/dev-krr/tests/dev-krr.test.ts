import { INGRID, JONAS, KARI } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../src/env.ts";
import { createDevKrr, type DevKrr } from "../src/server.ts";

let krr: DevKrr;
beforeAll(async () => {
  krr = await createDevKrr({ host: "127.0.0.1", port: 0 });
});
afterAll(() => krr.close());

const oppslag = (body: unknown) =>
  fetch(`${krr.url}/rest/v1/personer`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("dev-krr", () => {
  it("answers an oppslag in KRR's shape, in the order asked, with unknown persons IKKE_REGISTRERT", async () => {
    const response = await oppslag({ personidentifikatorer: [KARI.pid, JONAS.pid, "01010112345"] });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      personer: [
        {
          personidentifikator: KARI.pid,
          reservasjon: "NEI",
          status: "AKTIV",
          kontaktinformasjon: { epostadresse: "kari.nordmann@example.com" },
          spraak: "nb",
        },
        {
          personidentifikator: JONAS.pid,
          reservasjon: "JA",
          status: "AKTIV",
          kontaktinformasjon: { epostadresse: "jonas.berg@example.com" },
          spraak: "nb",
        },
        { personidentifikator: "01010112345", reservasjon: "NEI", status: "IKKE_REGISTRERT" },
      ],
    });
  });

  it("serves a register given to it instead of the demo persons", async () => {
    const own = await createDevKrr({
      host: "127.0.0.1",
      port: 0,
      personer: [{ personidentifikator: INGRID.pid, reservasjon: "NEI", status: "SLETTET" }],
    });
    try {
      const response = await fetch(`${own.url}/rest/v1/personer`, {
        method: "POST",
        body: JSON.stringify({ personidentifikatorer: [INGRID.pid] }),
      });
      expect(await response.json()).toEqual({
        personer: [{ personidentifikator: INGRID.pid, reservasjon: "NEI", status: "SLETTET" }],
      });
      expect(own.oppslag()).toEqual([[INGRID.pid]]);
    } finally {
      await own.close();
    }
  });

  it.each([
    ["malformed JSON", "{"],
    ["no list", { personer: [] }],
    ["an empty list", { personidentifikatorer: [] }],
    ["more than 1000 ids", { personidentifikatorer: Array.from({ length: 1001 }, () => KARI.pid) }],
  ])("refuses %s with 400", async (_name, body) => {
    const before = krr.oppslag().length;
    const response = await oppslag(body);
    expect(response.status).toBe(400);
    expect(krr.oppslag()).toHaveLength(before);
  });

  it("knows only its one resource", async () => {
    expect((await fetch(`${krr.url}/rest/v1/personer`)).status).toBe(405);
    expect((await fetch(`${krr.url}/rest/v1/nope`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${krr.url}/health`)).status).toBe(200);
  });

  it("listens on 127.0.0.1:4500 unless HOST and PORT say otherwise", () => {
    expect(readEnv({})).toEqual({ HOST: "127.0.0.1", PORT: 4500 });
    expect(readEnv({ HOST: "0.0.0.0", PORT: "4599" })).toEqual({ HOST: "0.0.0.0", PORT: 4599 });
  });
});
