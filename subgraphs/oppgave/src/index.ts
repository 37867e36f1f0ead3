import { closeOnSignal } from "@minkommune/subgraph-kit";
import { readEnv } from "./env.ts";
import { startSubgraph } from "./server.ts";

const env = readEnv();
const running = await startSubgraph(env);
console.log(`oppgave subgraph ready at ${running.url}`);
if (!env.purring) console.log("oppgave: reminders are off until SMTP_URL is set (see .env.example)");
closeOnSignal("oppgave", running.close);
