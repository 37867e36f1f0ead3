import { pgSchema } from "drizzle-orm/pg-core";
import { jobTable } from "../../src/table.ts";

/** A schema of its own for the queue's tests, as a subgraph would have. */
export const jobsTestSchema = pgSchema("jobs_test");

/** The queue table the tests run on, made by the same factory the subgraphs use. */
export const job = jobTable(jobsTestSchema);
