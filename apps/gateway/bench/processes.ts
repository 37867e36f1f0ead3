import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { createDevIdp, generateSigningJwks } from "@minkommune/dev-idp";

const repo = join(import.meta.dirname, "../../..");
const INTERNAL_SECRET = "bench-internal-token-secret-0123456789abcdef";

/** Starts `node <entry>` (relative to the repository) with `env`; `url` is what it prints after "ready at". */
export function startProcess(name: string, entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [join(repo, entry)], {
    env: {
      ...process.env,
      ...env,
      HOST: "127.0.0.1",
      PORT: "0",
      NODE_OPTIONS: process.env.BENCH_CHILD_NODE_OPTIONS ?? "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
  });
  return { child, url };
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const ENTRIES = {
  oppgave: "subgraphs/oppgave/src/index.ts",
  innsyn: "subgraphs/innsyn/src/index.ts",
  faktura: "subgraphs/faktura/src/index.ts",
} as const;

/** A subgraph the benchmarks can start. */
export type SubgraphName = keyof typeof ENTRIES;

// Where a subgraph left out "listens": nothing does, and the routes measured never call it.
const NOWHERE = "http://127.0.0.1:9/graphql";

/**
 * The deployment shape on one machine: each named subgraph and the gateway in its own process
 * on fresh PostgreSQL databases (demo data seeded), the dev-idp in the calling process for tokens.
 */
export async function startDeployment(names: SubgraphName[]) {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to a PostgreSQL server; the benchmark runs on it");
  const idp = await createDevIdp({ port: 0, jwks: await generateSigningJwks() });
  const databases: TestDatabase[] = await Promise.all([...names, "gateway"].map(() => createTestDatabase()));
  const children: ChildProcess[] = [];
  const close = async () => {
    await Promise.all(children.map(stop));
    await idp.close();
    await Promise.all(databases.map((d) => d.drop()));
  };
  try {
    const urls: Record<SubgraphName, string> = { oppgave: NOWHERE, innsyn: NOWHERE, faktura: NOWHERE };
    const pids: Record<string, number> = {};
    for (const [i, name] of names.entries()) {
      const started = startProcess(name, ENTRIES[name], {
        DATABASE_URL: databases[i]?.url ?? "",
        INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
        SEED_DEMO: "true",
      });
      children.push(started.child);
      urls[name] = await started.url;
      pids[name] = started.child.pid ?? 0;
    }
    const gateway = startProcess("gateway", "apps/gateway/src/index.ts", {
      DATABASE_URL: databases.at(-1)?.url ?? "",
      INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
      SEED_DEMO: "true",
      IDPORTEN_ISSUER: idp.idportenIssuer,
      MASKINPORTEN_ISSUER: idp.maskinportenIssuer,
      OPPGAVE_URL: urls.oppgave,
      INNSYN_URL: urls.innsyn,
      FAKTURA_URL: urls.faktura,
    });
    children.push(gateway.child);
    const gatewayUrl = new URL(await gateway.url).origin;
    pids.gateway = gateway.child.pid ?? 0;
    return { idp, gatewayUrl, subgraphUrls: urls, pids, internalTokenSecret: INTERNAL_SECRET, close };
  } catch (error) {
    await close();
    throw error;
  }
}
