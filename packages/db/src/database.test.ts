import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database.ts";
import { createTestDatabase } from "./testing.ts";

const folder = mkdtempSync(join(tmpdir(), "mk-db-"));
const migrations = join(folder, "drizzle");
mkdirSync(join(migrations, "meta"), { recursive: true });
writeFileSync(
  join(migrations, "0000_init.sql"),
  'CREATE SCHEMA IF NOT EXISTS "proeve";\n--> statement-breakpoint\nCREATE TABLE "proeve"."ting" ("id" integer PRIMARY KEY);\n',
);
writeFileSync(
  join(migrations, "meta", "_journal.json"),
  JSON.stringify({
    version: "7",
    dialect: "postgresql",
    entries: [{ idx: 0, version: "7", when: 1, tag: "0000_init", breakpoints: true }],
  }),
);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("openDatabase", () => {
  it("applies migrations once, even when opened twice on the same database", async () => {
    const testDb = await createTestDatabase();
    const url = testDb.url === "memory://" ? undefined : testDb.url;
    const options = {
      schemaName: "proeve",
      schema: {},
      migrationsFolder: migrations,
      url,
      dataDir: join(folder, "data"),
    };
    const first = await openDatabase(options);
    await first.db.execute(sql`insert into proeve.ting values (1)`);
    await first.close();
    const second = await openDatabase(options);
    const [row] = await second.db.select({ n: sql<number>`count(*)::int` }).from(sql`proeve.ting`);
    expect(row?.n).toBe(1);
    await second.close();
    await testDb.drop();
  });
});
