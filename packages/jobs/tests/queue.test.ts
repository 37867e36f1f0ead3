import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createJobQueue } from "../src/queue.ts";
import { createQueueTestDatabase, manualClock, type QueueTestDatabase } from "./helpers/queue-database.ts";
import { job } from "./helpers/schema.ts";

const queue = createJobQueue(job);
let database: QueueTestDatabase;
const quiet = () => {};

beforeAll(async () => {
  database = await createQueueTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await database.first.db.delete(job);
});

const rows = () => database.first.db.select().from(job).orderBy(job.created);

describe("enqueue", () => {
  it("adds one job per dedupe key, however often it is called", async () => {
    const { db } = database.first;
    const first = await queue.enqueue(db, { type: "t", payload: { n: 1 }, dedupeKey: "k" });
    const second = await queue.enqueue(db, { type: "t", payload: { n: 2 }, dedupeKey: "k" });
    expect(first.id).toEqual(expect.any(String));
    expect(second.id).toBeNull();
    expect((await rows()).map((r) => r.payload)).toEqual([{ n: 1 }]);
  });

  it("adds nothing when the caller's transaction rolls back", async () => {
    const { db } = database.first;
    await expect(
      db.transaction(async (tx) => {
        await queue.enqueue(tx, { type: "t", payload: {} });
        throw new Error("caller failed");
      }),
    ).rejects.toThrow("caller failed");
    expect(await rows()).toEqual([]);
  });
});

describe("worker", () => {
  it("runs a job only once it is due, and marks it done", async () => {
    const clock = manualClock();
    const { db } = database.first;
    const ran: unknown[] = [];
    const runAt = new Date(clock.now().getTime() + 60_000);
    await queue.enqueue(db, { type: "hello", payload: { hei: "verden" }, runAt });
    const worker = queue.createWorker({
      db,
      now: clock.now,
      handlers: { hello: async (j) => void ran.push(j.payload) },
    });
    expect(await worker.runOnce()).toBe(0);
    clock.advance(60_000);
    expect(await worker.runOnce()).toBe(1);
    expect(ran).toEqual([{ hei: "verden" }]);
    const [row] = await rows();
    expect(row).toMatchObject({ state: "done", attempts: 1, lockedUntil: null, finished: clock.now() });
    expect(await worker.runOnce()).toBe(0);
  });

  it("leaves jobs of types it has no handler for", async () => {
    const { db } = database.first;
    await queue.enqueue(db, { type: "someone-else", payload: {} });
    const worker = queue.createWorker({ db, handlers: { mine: async () => {} } });
    expect(await worker.runOnce()).toBe(0);
    expect((await rows())[0]).toMatchObject({ state: "ready", attempts: 0 });
  });

  it("never runs the same job in two workers polling at once", async () => {
    const { db } = database.first;
    for (let i = 0; i < 40; i++) await queue.enqueue(db, { type: "count", payload: { i } });
    const runs: number[] = [];
    const handler = async (j: { payload: unknown }) => {
      runs.push((j.payload as { i: number }).i);
      await sleep(2);
    };
    const workers = await Promise.all(
      [1, 2, 3].map(async () => {
        const own = await database.connect();
        return queue.createWorker({ db: own.db, handlers: { count: handler }, pollIntervalMs: 5, batchSize: 4 });
      }),
    );
    for (const worker of workers) worker.start();
    for (let i = 0; i < 500 && runs.length < 40; i++) await sleep(10);
    await Promise.all(workers.map((worker) => worker.stop()));
    expect(runs.toSorted((a, b) => a - b)).toEqual([...Array(40).keys()]);
    expect((await rows()).every((r) => r.state === "done" && r.attempts === 1)).toBe(true);
  });

  it("gives a crashed worker's job to another worker once the lease has run out", async () => {
    const clock = manualClock();
    const { db } = database.first;
    await queue.enqueue(db, { type: "slow", payload: {} }, clock.now());
    let releaseCrashed: () => void = () => {};
    const crashed = queue.createWorker({
      db,
      now: clock.now,
      leaseMs: 60_000,
      onError: quiet,
      handlers: {
        slow: async (_job, context) => {
          // Stands for a process that hangs or dies: it resumes only after the job was taken over.
          await new Promise<void>((resolve) => {
            releaseCrashed = resolve;
          });
          await context.complete((tx) =>
            queue.enqueue(tx, { type: "follow-up", payload: {}, dedupeKey: "from-crashed" }),
          );
        },
      },
    });
    const crashedRun = crashed.runOnce();
    for (let i = 0; i < 100 && (await rows())[0]?.attempts === 0; i++) await sleep(5);
    const ran: string[] = [];
    const rescuer = queue.createWorker({ db, now: clock.now, handlers: { slow: async (j) => void ran.push(j.id) } });
    expect(await rescuer.runOnce()).toBe(0);
    clock.advance(60_000);
    expect(await rescuer.runOnce()).toBe(1);
    releaseCrashed();
    await crashedRun;
    // The stale worker's completion and the job it enqueued with it were rolled back.
    const after = await rows();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ state: "done", attempts: 2 });
    expect(ran).toHaveLength(1);
  });

  it("retries a failing job after the backoff delay and marks it dead after its last attempt", async () => {
    const clock = manualClock();
    const { db } = database.first;
    await queue.enqueue(db, { type: "flaky", payload: {}, maxAttempts: 3 }, clock.now());
    let calls = 0;
    const worker = queue.createWorker({
      db,
      now: clock.now,
      backoff: (attempt) => attempt * 1000,
      onError: quiet,
      handlers: {
        flaky: async () => {
          calls++;
          throw new Error(`attempt ${calls} failed`);
        },
      },
    });
    expect(await worker.runOnce()).toBe(1);
    expect((await rows())[0]).toMatchObject({ state: "ready", attempts: 1, lastError: "Error: attempt 1 failed" });
    clock.advance(999);
    expect(await worker.runOnce()).toBe(0);
    clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    clock.advance(2000);
    expect(await worker.runOnce()).toBe(1);
    expect((await rows())[0]).toMatchObject({ state: "dead", attempts: 3, lastError: "Error: attempt 3 failed" });
    clock.advance(3_600_000);
    expect(await worker.runOnce()).toBe(0);
    expect(calls).toBe(3);
  });

  it("stores and logs a failed query's database message, never its parameters", async () => {
    const clock = manualClock();
    const { db } = database.first;
    await queue.enqueue(db, { type: "leaky", payload: {} }, clock.now());
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const worker = queue.createWorker({
      db,
      now: clock.now,
      handlers: {
        leaky: async () => {
          // Breaks the state check with a person-id-like value as a query parameter.
          await db
            .insert(job)
            .values({ type: "12858510048", payload: {}, runAt: clock.now(), state: "bogus" as "ready" });
        },
      },
    });
    await worker.runOnce();
    const [row] = await db.select().from(job).where(eq(job.type, "leaky"));
    expect(row?.lastError).toMatch(/job_state_check/);
    expect(row?.lastError).not.toContain("12858510048");
    const lines = logged.mock.calls.map((call) => call.join(" "));
    logged.mockRestore();
    expect(lines).toEqual([expect.stringMatching(/^job leaky .* failed: .*job_state_check/)]);
    expect(lines.join()).not.toContain("12858510048");
  });

  it("commits the handler's writes with the completion, or neither", async () => {
    const clock = manualClock();
    const { db } = database.first;
    const { id } = await queue.enqueue(db, { type: "chain", payload: {} }, clock.now());
    let fail = true;
    const worker = queue.createWorker({
      db,
      now: clock.now,
      backoff: () => 0,
      onError: quiet,
      handlers: {
        chain: async (_job, context) => {
          await context.complete(async (tx) => {
            await queue.enqueue(tx, { type: "next", payload: {}, dedupeKey: "next" });
            if (fail) throw new Error("after the write");
          });
        },
      },
    });
    await worker.runOnce();
    expect((await rows()).map((r) => r.type)).toEqual(["chain"]);
    fail = false;
    await worker.runOnce();
    const [chain] = await db
      .select()
      .from(job)
      .where(eq(job.id, id ?? ""));
    expect(chain).toMatchObject({ state: "done", attempts: 2 });
    expect((await rows()).map((r) => r.type).toSorted()).toEqual(["chain", "next"]);
  });

  it("purges done jobs finished before a time, and keeps dead, waiting and recent ones", async () => {
    const clock = manualClock();
    const { db } = database.first;
    for (const type of ["old-done", "dead", "recent-done", "waiting"]) {
      await queue.enqueue(db, { type, payload: {}, maxAttempts: 1 }, clock.now());
    }
    const worker = queue.createWorker({
      db,
      now: clock.now,
      onError: quiet,
      handlers: {
        "old-done": async () => {},
        dead: async () => {
          throw new Error("gives up");
        },
      },
    });
    await worker.runOnce();
    clock.advance(1000);
    await queue.createWorker({ db, now: clock.now, handlers: { "recent-done": async () => {} } }).runOnce();
    expect(await queue.purgeDone(db, new Date(clock.now().getTime() - 500))).toBe(1);
    expect((await rows()).map((r) => r.type).toSorted()).toEqual(["dead", "recent-done", "waiting"]);
  });

  it("stop() waits for the job that is running", async () => {
    const { db } = database.first;
    await queue.enqueue(db, { type: "slow", payload: {} });
    let started = false;
    const worker = queue.createWorker({
      db,
      pollIntervalMs: 5,
      handlers: {
        slow: async () => {
          started = true;
          await sleep(100);
        },
      },
    });
    worker.start();
    for (let i = 0; i < 200 && !started; i++) await sleep(5);
    await worker.stop();
    expect((await rows())[0]).toMatchObject({ state: "done" });
  });
});
