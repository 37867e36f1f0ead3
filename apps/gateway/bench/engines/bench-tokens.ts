import { type Principal, signInternalToken } from "@minkommune/auth";
import type { SubgraphUrls } from "../../src/supergraph.ts";

/** The header a bake-off request names its principal in; the engine forwards that principal's token. */
export const PRINCIPAL_HEADER = "x-bench-principal";

// Internal tokens live 60 s; like the gateway, each engine re-signs them every 30 s.
const RESIGN_MS = 30_000;

/**
 * What a bake-off engine reads from its environment: where the subgraphs are, and the
 * principals (by name) whose internal tokens it forwards, signed with the subgraphs' secret.
 * Authentication is left out on purpose: the bake-off compares query planning and execution.
 */
export async function benchEngineSetup(env: NodeJS.ProcessEnv = process.env) {
  const urls: SubgraphUrls = {
    innsyn: env.INNSYN_URL ?? "",
    oppgave: env.OPPGAVE_URL ?? "",
    faktura: env.FAKTURA_URL ?? "",
  };
  const secret = env.INTERNAL_TOKEN_SECRET ?? "";
  const principals = JSON.parse(env.BENCH_PRINCIPALS ?? "{}") as Record<string, Principal>;
  const tokens = new Map<string, string>();
  const sign = async () => {
    for (const [name, principal] of Object.entries(principals))
      tokens.set(name, await signInternalToken(principal, secret));
  };
  await sign();
  setInterval(() => void sign(), RESIGN_MS).unref();
  return {
    urls,
    host: env.HOST ?? "127.0.0.1",
    port: Number(env.PORT ?? 0),
    /** The internal token for the principal a request names; empty when it names none. */
    tokenFor: (principal: string | null | undefined) => tokens.get(principal ?? "") ?? "",
  };
}
