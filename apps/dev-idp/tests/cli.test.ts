import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DEMO_INTEGRASJONER, DEMO_PERSONER, INGRID, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { startDevIdp, verifyWithPublishedKeys } from "./support.ts";

const devIdp = await startDevIdp();
const cliPath = fileURLToPath(new URL("../src/cli/dev-token.ts", import.meta.url));
const appDir = fileURLToPath(new URL("..", import.meta.url));

/** Runs `node src/cli/dev-token.ts …` against the dev-idp started here; never throws on exit codes. */
async function devToken(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return devTokenAt(devIdp.url, args);
}

async function devTokenAt(url: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DEV_IDP_URL: url };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cliPath, ...args], { cwd: appDir, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

describe("dev-token CLI", () => {
  it("innbygger prints exactly one Authorization line with a level-4 token", async () => {
    const { code, stdout } = await devToken("innbygger", INGRID.pid, "--level", "4");
    expect(code).toBe(0);
    const output = lines(stdout);
    expect(output).toHaveLength(1);
    const token = /^Authorization: Bearer (\S+)$/.exec(output[0] ?? "")?.[1];
    expect(token).toBeDefined();
    const { payload } = await verifyWithPublishedKeys(devIdp.idportenIssuer, token as string, "minkommune-api");
    expect(payload).toMatchObject({ pid: INGRID.pid, acr: "idporten-loa-high" });
  });

  it("innbygger defaults to level 3", async () => {
    const { stdout } = await devToken("innbygger", INGRID.pid);
    const token = stdout.trim().replace("Authorization: Bearer ", "");
    const { payload } = await verifyWithPublishedKeys(devIdp.idportenIssuer, token, "minkommune-api");
    expect(payload.acr).toBe("idporten-loa-substantial");
  });

  it.each([
    ["kommunenummer", TRONDHEIM.kommunenummer, TRONDHEIM],
    ["fiksOrgId", OSLO.fiksOrgId, OSLO],
  ])("fagsystem by %s prints the Maskinporten token and the integration headers", async (_by, arg, kommune) => {
    const integrasjon = DEMO_INTEGRASJONER.find((candidate) => candidate.fiksOrgId === kommune.fiksOrgId);
    const { code, stdout } = await devToken("fagsystem", arg);
    expect(code).toBe(0);
    const [authorization, id, passord, ...rest] = lines(stdout);
    expect(rest).toEqual([]);
    expect(id).toBe(`IntegrasjonId: ${integrasjon?.integrasjonId}`);
    expect(passord).toBe(`IntegrasjonPassord: ${integrasjon?.passord}`);
    const token = /^Authorization: Bearer (\S+)$/.exec(authorization ?? "")?.[1] as string;
    const { payload } = await verifyWithPublishedKeys(devIdp.maskinportenIssuer, token, "minkommune-api");
    expect(payload.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${integrasjon?.orgnr}` });
  });

  it("list prints the demo persons and municipalities", async () => {
    const { code, stdout } = await devToken("list");
    expect(code).toBe(0);
    for (const person of DEMO_PERSONER) expect(stdout).toMatch(new RegExp(`${person.pid}\\s+${person.navn}`));
    for (const kommune of [OSLO, TRONDHEIM]) {
      expect(stdout).toMatch(new RegExp(`${kommune.kommunenummer}\\s+${kommune.navn}\\s+${kommune.fiksOrgId}`));
    }
  });

  it.each([
    [[]],
    [["bogus"]],
    [["innbygger"]],
    [["innbygger", "12345678901"]],
    [["innbygger", INGRID.pid, "--level", "5"]],
    [["fagsystem", "9999"]],
    [["list", "extra"]],
  ])("exits 2 with usage on stderr for %j", async (args) => {
    const { code, stdout, stderr } = await devToken(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage: npm run dev:token");
    expect(stderr).not.toContain("12345678901");
  });

  it("exits 1 with a hint when no dev-idp is running at DEV_IDP_URL", async () => {
    const closed = await startDevIdp();
    await closed.close();
    const { code, stdout, stderr } = await devTokenAt(closed.url, ["fagsystem", "0301"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`no dev-idp at ${closed.url}`);
  });
});
