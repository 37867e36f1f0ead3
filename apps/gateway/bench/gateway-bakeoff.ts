/**
 * The gateway bake-off the design asks for: the Hive Gateway runtime and Apollo Gateway, each with
 * nothing of ours but the internal-token header, in front of the same three subgraph processes and
 * supergraph file. Each engine takes its turn alone (twice, alternating), with 20 concurrent
 * clients, on two operations: the REST adapter's OpprettOppgave mutation (one subgraph) and the
 * web app's Dashboard query for Kari (all three subgraphs, entity fetches).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:gateway-bakeoff -w @minkommune/gateway
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { innbyggerIdFor, type Principal } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, KARI, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { closedLoop, describeLoop } from "./closed-loop.ts";
import { PRINCIPAL_HEADER } from "./engines/bench-tokens.ts";
import { loadClient } from "./load-client.ts";
import { OPPRETT_OPPGAVE, oppgaveTil } from "./oppgave-input.ts";
import { startDeployment, startProcess, stop } from "./processes.ts";

const CONCURRENCY = 20;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ENGINES = { hive: "apps/gateway/bench/engines/hive.ts", apollo: "apps/gateway/bench/engines/apollo.ts" };

const oslo = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === OSLO.fiksOrgId);
if (!oslo) throw new Error("no demo integration for Oslo");
const principals: Record<string, Principal> = {
  integrasjon: {
    type: "integrasjon",
    integrasjonId: oslo.integrasjonId,
    fiksOrgId: oslo.fiksOrgId,
    orgnr: oslo.orgnr,
    privilegier: oslo.privilegier,
  },
  innbygger: { type: "innbygger", pid: KARI.pid, niva: 4, innbyggerId: innbyggerIdFor(KARI.pid, "bakeoff-innbygger") },
};

// The tasks the mutation creates go to someone else, so Kari's dashboard is the same in every turn.
const MOTTAKER = synthetiskePersonIder(1, 77)[0] ?? "";
const dashboard = readFileSync(join(import.meta.dirname, "../../web/src/graphql/Dashboard.graphql"), "utf8");
const OPERATIONS = {
  OpprettOppgave: {
    principal: "integrasjon",
    body: JSON.stringify({
      query: OPPRETT_OPPGAVE,
      variables: { fiksOrgId: oslo.fiksOrgId, oppgave: oppgaveTil([MOTTAKER]) },
    }),
  },
  Dashboard: {
    principal: "innbygger",
    // Every variable given, so both engines pass the same values on to the subgraphs.
    body: JSON.stringify({
      query: dashboard,
      operationName: "Dashboard",
      variables: {
        medBrev: true,
        medOppgaver: true,
        medFakturaer: true,
        medTjenester: true,
        antallBrev: 5,
        antallOppgaver: 5,
        antallFakturaer: 5,
      },
    }),
  },
} as const;

const stack = await startDeployment(["oppgave", "innsyn", "faktura"]);
const client = loadClient(CONCURRENCY);
try {
  const env = {
    ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    INTERNAL_TOKEN_SECRET: stack.internalTokenSecret,
    BENCH_PRINCIPALS: JSON.stringify(principals),
  };
  const subgraphs = {
    oppgave: stack.pids.oppgave ?? 0,
    innsyn: stack.pids.innsyn ?? 0,
    faktura: stack.pids.faktura ?? 0,
  };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [engine, entry] of Object.entries(ENGINES)) {
      const started = startProcess(engine, entry, env);
      try {
        const url = await started.url;
        for (const [name, operation] of Object.entries(OPERATIONS)) {
          const headers = { "content-type": "application/json", [PRINCIPAL_HEADER]: operation.principal };
          const send = async () => {
            const answer = await client.send("POST", url, headers, operation.body);
            const errors = (answer.json as { errors?: unknown }).errors;
            if (answer.status !== 200 || errors) throw new Error(`${engine} ${name}: ${JSON.stringify(answer.json)}`);
            return answer;
          };
          const processes = { [engine]: started.child.pid ?? 0, ...subgraphs };
          const result = await closedLoop({
            concurrency: CONCURRENCY,
            requests: REQUESTS,
            warmUp: 200,
            processes,
            send,
          });
          console.log(
            `round ${round}, ${engine}, ${name}, ${CONCURRENCY} clients, ${REQUESTS} requests: ${describeLoop(result)}`,
          );
        }
      } finally {
        await stop(started.child);
      }
    }
  }
} finally {
  client.close();
  await stack.close();
}
