import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Env, ServiceSpec } from "./process.ts";

/** Fixed local ports of the stack, as in the defaults every package uses. */
export const PORTS = {
  devIdp: 4400,
  devKrr: 4500,
  innsyn: 4001,
  oppgave: 4002,
  faktura: 4003,
  gateway: 4000,
  web: 3000,
} as const;

/** The URL the browser uses; the dev-idp registers its callback and logout URIs on this origin. */
export const WEB_URL = `http://localhost:${PORTS.web}`;

const HOST = "127.0.0.1";
const IDPORTEN_ISSUER = `http://localhost:${PORTS.devIdp}/idporten`;

/** Variables a developer's shell may hold that must not leak into the stack. */
const SCRUBBED = ["PORT", "HOST", "NODE_ENV", "DATABASE_URL", "DATA_DIR", "AUTH_URL", "AUTH_SECRET", "NODE_OPTIONS"];

function baseEnv(extra: Env): Env {
  const env: Env = { ...process.env };
  for (const name of SCRUBBED) delete env[name];
  return { ...env, HOST, ...extra };
}

/**
 * The real stack in start order: dev-idp, dev-krr (the KRR stand-in Oppgave asks for contact
 * details), the three subgraphs, the gateway (which loads the subgraphs' schemas), then
 * `next start` on the built web app. Backends run with development
 * defaults (demo data seeded, dev secrets) on fresh storage.
 */
export function stackServices(repoRoot: string, storageEnv: Env): ServiceSpec[] {
  const backend = (port: number, extra: Env = {}) =>
    baseEnv({ ...storageEnv, PORT: String(port), SEED_DEMO: "true", IDPORTEN_ISSUER, ...extra });
  const subgraph = (name: "innsyn" | "oppgave" | "faktura", extra: Env = {}): ServiceSpec => ({
    name,
    args: [join(repoRoot, "subgraphs", name, "src/index.ts")],
    cwd: join(repoRoot, "subgraphs", name),
    env: backend(PORTS[name], extra),
    readyUrl: `http://${HOST}:${PORTS[name]}/health`,
  });
  const webDir = join(repoRoot, "apps/web");
  const nextBin = createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next");
  return [
    {
      name: "dev-idp",
      args: [join(repoRoot, "apps/dev-idp/src/index.ts")],
      cwd: join(repoRoot, "apps/dev-idp"),
      env: backend(PORTS.devIdp),
      readyUrl: `http://${HOST}:${PORTS.devIdp}/health`,
    },
    {
      name: "dev-krr",
      args: [join(repoRoot, "apps/dev-krr/src/index.ts")],
      cwd: join(repoRoot, "apps/dev-krr"),
      env: baseEnv({ PORT: String(PORTS.devKrr) }),
      readyUrl: `http://${HOST}:${PORTS.devKrr}/health`,
    },
    subgraph("innsyn"),
    subgraph("oppgave", { KRR_URL: `http://${HOST}:${PORTS.devKrr}` }),
    subgraph("faktura"),
    {
      name: "gateway",
      args: [join(repoRoot, "apps/gateway/src/index.ts")],
      cwd: join(repoRoot, "apps/gateway"),
      env: backend(PORTS.gateway, {
        INNSYN_URL: `http://${HOST}:${PORTS.innsyn}/graphql`,
        OPPGAVE_URL: `http://${HOST}:${PORTS.oppgave}/graphql`,
        FAKTURA_URL: `http://${HOST}:${PORTS.faktura}/graphql`,
      }),
      // Hive Gateway's own probe; it answers once the supergraph is loaded.
      readyUrl: `http://${HOST}:${PORTS.gateway}/healthcheck`,
    },
    {
      name: "web",
      args: [nextBin, "start", "--port", String(PORTS.web), "--hostname", HOST],
      cwd: webDir,
      env: baseEnv({
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // A fresh secret per run: no session cookie survives from an earlier run.
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_URL: WEB_URL,
        IDPORTEN_ISSUER,
        GATEWAY_URL: `http://${HOST}:${PORTS.gateway}/graphql`,
      }),
      readyUrl: `http://${HOST}:${PORTS.web}/`,
    },
  ];
}

/** The AUTH_SECRET the web app of this run was started with. */
export function webAuthSecret(services: readonly ServiceSpec[]): string {
  const secret = services.find((service) => service.name === "web")?.env.AUTH_SECRET;
  if (!secret) throw new Error("the stack has no web app with an AUTH_SECRET");
  return secret;
}
