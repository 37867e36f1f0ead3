import { closeOnSignal } from "@minkommune/subgraph-kit";
import { readEnv } from "./env.ts";
import { startSubgraph } from "./server.ts";

const running = await startSubgraph(readEnv());
console.log(`faktura subgraph ready at ${running.url}`);
closeOnSignal("faktura", running.close);
