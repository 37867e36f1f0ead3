import { closeOnSignal } from "@minkommune/subgraph-kit";
import { readEnv } from "./env.ts";
import { startSubgraph } from "./server.ts";

const running = await startSubgraph(readEnv());
console.log(`oppgave subgraph ready at ${running.url}`);
closeOnSignal("oppgave", running.close);
