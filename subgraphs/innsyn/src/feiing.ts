import type { Database } from "@minkommune/db";
import { createJobQueue, type Executor } from "@minkommune/jobs";
import { sql } from "drizzle-orm";
import { feiUt } from "./db/indeksering.ts";
import { type InnsynSchema, job } from "./db/schema.ts";
import { feiUtUtlopteDokumenter } from "./dokumentlager/postgres-dokumentlager.ts";

/** Innsyn's job queue. */
export const queue = createJobQueue(job);

/**
 * The sweeper job: deletes meldinger marked by an asynchronous delete or past tilgjengeligTil,
 * and documents past their tilgjengeligTil.
 */
export const FEIING = "innsyn.feiing";
/** Rounds start at the beginning of each period; the period also names the round, so replicas share it. */
const PERIODE_MS = 5 * 60_000;
/** How many meldinger one round deletes in its transaction; a fuller backlog gets another round at once. */
const BATCH = 2000;

const periodeStart = (at: Date, perioder = 0) =>
  new Date((Math.floor(at.getTime() / PERIODE_MS) + perioder) * PERIODE_MS);

/** Schedules the round of the current period (idempotent: one per period however many call it). */
export async function planleggFeiing(db: Executor, now = new Date()) {
  const runAt = periodeStart(now);
  await queue.enqueue(db, { type: FEIING, payload: {}, runAt, dedupeKey: `${FEIING}:${runAt.toISOString()}` }, now);
}

/** Asks for a round as soon as a worker is free, after an asynchronous delete marked meldinger. */
export async function feiSnart(db: Executor, now = new Date()) {
  await queue.enqueue(db, { type: FEIING, payload: {}, runAt: now }, now);
}

/** The worker that runs the sweeper rounds; each round schedules the next, so the chain never ends. */
export function createFeiingWorker(db: Database<InnsynSchema>, options: { now?: () => Date } = {}) {
  return queue.createWorker({
    db,
    ...(options.now ? { now: options.now } : {}),
    pollIntervalMs: 5_000,
    handlers: {
      [FEIING]: async (_job, context) => {
        await context.complete(async (tx) => {
          const now = context.now();
          const deleted = await feiUt(tx, BATCH);
          const dokumenter = await feiUtUtlopteDokumenter(tx, BATCH);
          const fullt = deleted === BATCH || dokumenter === BATCH;
          const runAt = fullt ? now : periodeStart(now, 1);
          // A period round is named by its start, so two chains (or replicas) collapse into one.
          const named = fullt ? {} : { dedupeKey: `${FEIING}:${runAt.toISOString()}` };
          await queue.enqueue(tx, { type: FEIING, payload: {}, runAt, ...named }, now);
          // Finished rounds are kept for a day for inspection, then removed so the table stays small.
          await tx.execute(sql`delete from ${job} where ${job.type} = ${FEIING} and ${job.state} = 'done'
            and ${job.finished} < ${new Date(now.getTime() - 86_400_000).toISOString()}::timestamptz`);
        });
      },
    },
  });
}
