import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@minkommune/db/testing";
import { createDevIdp, generateSigningJwks } from "@minkommune/dev-idp";

const repo = join(import.meta.dirname, "../../..");
const INTERNAL_SECRET = "bench-internal-token-secret-0123456789abcdef";

/** Starts `node <entry>` with `env` and resolves with the URL it prints after "ready at". */
function startProcess(name: string, entry: string, env: Record<string, string>) {
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

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/**
 * The deployment shape on one machine: the oppgave subgraph and the gateway each in their own
 * process on fresh PostgreSQL databases, the dev-idp in the calling process for tokens.
 */
export async function startOppgaveDeployment() {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to a PostgreSQL server; the benchmark runs on it");
  const idp = await createDevIdp({ port: 0, jwks: await generateSigningJwks() });
  const databases: TestDatabase[] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  const children: ChildProcess[] = [];
  try {
    const oppgave = startProcess("oppgave", "subgraphs/oppgave/src/index.ts", {
      DATABASE_URL: databases[0]?.url ?? "",
      INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
      SEED_DEMO: "false",
    });
    children.push(oppgave.child);
    const oppgaveUrl = await oppgave.url;
    const gateway = startProcess("gateway", "apps/gateway/src/index.ts", {
      DATABASE_URL: databases[1]?.url ?? "",
      INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
      SEED_DEMO: "true",
      IDPORTEN_ISSUER: idp.idportenIssuer,
      MASKINPORTEN_ISSUER: idp.maskinportenIssuer,
      OPPGAVE_URL: oppgaveUrl,
      // Not started: the oppgave REST routes never reach them.
      INNSYN_URL: "http://127.0.0.1:9/graphql",
      FAKTURA_URL: "http://127.0.0.1:9/graphql",
    });
    children.push(gateway.child);
    const gatewayUrl = new URL(await gateway.url).origin;
    return {
      idp,
      gatewayUrl,
      async close() {
        await Promise.all(children.map(stop));
        await idp.close();
        await Promise.all(databases.map((d) => d.drop()));
      },
    };
  } catch (error) {
    await Promise.all(children.map(stop));
    await idp.close();
    await Promise.all(databases.map((d) => d.drop()));
    throw error;
  }
}
