import { readSubgraphEnv } from "@minkommune/subgraph-kit";

/** Innsyn's environment; see .env.example at the repository root. */
export const env = readSubgraphEnv(4001);
