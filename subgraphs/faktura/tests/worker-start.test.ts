import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@minkommune/db";
import { TEST_INTERNAL_TOKEN_SECRET } from "@minkommune/subgraph-kit/testing";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "../src/db/schema.ts";
import { jobQueue, startSubgraph } from "../src/server.ts";
import { VARSLE_BESLUTNING } from "../src/utsettelse/varsel.ts";

const dataDir = mkdtempSync(join(tmpdir(), "mk-faktura-worker-"));
const root = join(import.meta.dirname, "..");
const options = {
  databaseUrl: undefined,
  dataDir,
  host: "127.0.0.1",
  port: 0,
  internalTokenSecret: TEST_INTERNAL_TOKEN_SECRET,
  seedDemo: false,
};
const open = () =>
  openDatabase({ schemaName: "faktura", schema, migrationsFolder: join(root, "drizzle"), url: undefined, dataDir });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("startSubgraph runs the job worker", () => {
  it("takes a job queued while it was down and completes it", async () => {
    // Queue work while the subgraph is down, as a crash right after a commit would leave it.
    const before = await open();
    const { id } = await jobQueue.enqueue(before.db, { type: VARSLE_BESLUTNING, payload: { id: randomUUID() } });
    await before.close();

    const running = await startSubgraph(options);
    // The worker polls once at start; give it a moment to finish the job, then stop.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await running.close();

    const after = await open();
    try {
      const [row] = await after.db
        .select()
        .from(schema.job)
        .where(eq(schema.job.id, id ?? ""));
      expect(row?.state).toBe("done");
    } finally {
      await after.close();
    }
  });
});
