import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { TRONDHEIM } from "@minkommune/demo-data";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { job, utsettelsePolicy } from "../src/db/schema.ts";
import { seedDemo } from "../src/seed.ts";
import { signerteHeadere } from "../src/utsettelse/signatur.ts";
import { signertPost } from "../src/utsettelse/signert-post.ts";
import { tryggOppslag } from "../src/utsettelse/trygg-oppslag.ts";
import { fakturaId, kari4 } from "./helpers/demo.ts";
import { startFagsystem } from "./helpers/fagsystem-server.ts";
import { openCountingDatabase } from "./helpers/test-database.ts";
import { serveTestSubgraph } from "./helpers/test-server.ts";
import { beOm } from "./helpers/utsettelse.ts";

const HEMMELIGHET = "utgaende-hemmelighet";

/** A DNS stand-in: every name resolves to `adresser`, as a hostile or rebound record would. */
function oppslagTil(...adresser: string[]): LookupFunction {
  const svar: LookupAddress[] = adresser.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  return (_hostname, options, callback) => {
    if (options.all) callback(null, svar);
    else callback(null, svar[0]?.address ?? "", svar[0]?.family);
  };
}

let fagsystem: Awaited<ReturnType<typeof startFagsystem>>;
const port = () => new URL(fagsystem.url).port;

beforeAll(async () => {
  fagsystem = await startFagsystem(HEMMELIGHET);
});
afterAll(async () => {
  await fagsystem?.close();
});
beforeEach(() => {
  fagsystem.mottatt.length = 0;
  fagsystem.svar({ svar: "innvilg" });
});

function send(post: ReturnType<typeof signertPost>, url: string) {
  const body = JSON.stringify({ type: "test" });
  return post(url, { headers: signerteHeadere(HEMMELIGHET, body, new Date()), body, timeoutMs: 2_000 });
}

describe("signed requests in production never connect to an internal address", () => {
  it("refuses a name that resolves to 127.0.0.1 and sends nothing to the loopback server", async () => {
    const url = `http://fagsystem.oslo.example:${port()}/utsettelse`;
    const produksjon = signertPost({ production: true, oppslag: oppslagTil("127.0.0.1") });
    await expect(send(produksjon, url)).rejects.toThrow(/internal address/);
    expect(fagsystem.mottatt).toHaveLength(0);

    // The same name and stand-in outside production reach the server: the refusal above is the check's.
    const utvikling = signertPost({ production: false, oppslag: oppslagTil("127.0.0.1") });
    expect(await send(utvikling, url)).toMatchObject({ status: 200 });
    expect(fagsystem.mottatt).toHaveLength(1);
  });

  it("refuses localhost as the system resolver answers it", async () => {
    await expect(send(signertPost({ production: true }), `http://localhost:${port()}/`)).rejects.toThrow(
      /internal address/,
    );
    expect(fagsystem.mottatt).toHaveLength(0);
  });

  it.each(["127.0.0.1", "[::ffff:127.0.0.1]", "[::1]"])(
    "refuses the IP literal %s, which is connected to without a lookup",
    async (vert) => {
      await expect(send(signertPost({ production: true }), `http://${vert}:${port()}/`)).rejects.toThrow(
        /internal address/,
      );
      expect(fagsystem.mottatt).toHaveLength(0);
    },
  );

  it("refuses a name when any one of its addresses is internal", async () => {
    const post = signertPost({ production: true, oppslag: oppslagTil("8.8.8.8", "169.254.169.254") });
    await expect(send(post, `http://metadata.oslo.example:${port()}/`)).rejects.toThrow(/internal address/);
    expect(fagsystem.mottatt).toHaveLength(0);
  });

  it("outside production reaches a loopback stand-in by its IP", async () => {
    expect(await send(signertPost({ production: false }), `${fagsystem.url}/hendelser`)).toMatchObject({ status: 200 });
    expect(fagsystem.mottatt).toMatchObject([{ path: "/hendelser", gyldigSignatur: true }]);
  });
});

describe("a production server's webhook sender", () => {
  it("does not deliver a decision event to a loopback webhook stored before the rules existed", async () => {
    const database = await openCountingDatabase();
    try {
      await seedDemo(database.db);
      await database.db
        .update(utsettelsePolicy)
        .set({ webhookUrl: `${fagsystem.url}/hendelser`, hemmelighet: HEMMELIGHET })
        .where(eq(utsettelsePolicy.fiksOrgId, TRONDHEIM.fiksOrgId));
      const produksjon = await serveTestSubgraph(database.db, undefined, { production: true });
      try {
        const { svar } = await beOm(produksjon.url, kari4, fakturaId("1006"), "2026-06-25");
        expect(svar?.status).toBe("INNVILGET");
        await produksjon.worker.runUntilIdle();
        expect(fagsystem.mottatt).toHaveLength(0);
        const [varsel] = (await database.db.select().from(job)).filter((j) => j.type === "betalingsutsettelse.varsle");
        expect(varsel?.lastError).toMatch(/internal address/);
      } finally {
        await produksjon.close();
      }
    } finally {
      await database.close();
    }
  });
});

describe("tryggOppslag", () => {
  const sla = (oppslag: LookupFunction, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) => {
      tryggOppslag(oppslag)("faktura.oslo.example", { all }, (err, address, family) =>
        resolve({ err, address, family }),
      );
    });

  it("passes public addresses on in the form asked for", async () => {
    expect(await sla(oppslagTil("193.161.0.1", "2001:4860::1"), false)).toEqual({
      err: null,
      address: "193.161.0.1",
      family: 4,
    });
    expect((await sla(oppslagTil("193.161.0.1", "2001:4860::1"), true)).address).toEqual([
      { address: "193.161.0.1", family: 4 },
      { address: "2001:4860::1", family: 6 },
    ]);
  });

  it.each(["10.0.0.5", "::1", "::ffff:7f00:1", "fd00::5", "0.0.0.0", "64:ff9b::a00:5", "2002:7f00:1::1"])(
    "refuses %s",
    async (adresse) => {
      const { err } = await sla(oppslagTil(adresse), false);
      expect(err?.code).toBe("EINTERNADRESSE");
    },
  );

  it("passes a resolver error through", async () => {
    const feilende: LookupFunction = (_h, _o, callback) =>
      callback(Object.assign(new Error("not found"), { code: "ENOTFOUND" }), "");
    expect((await sla(feilende, false)).err?.code).toBe("ENOTFOUND");
  });
});
