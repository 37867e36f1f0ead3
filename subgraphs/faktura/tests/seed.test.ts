import { KARI, OLA } from "@minkommune/demo-data";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totalbelopSql, ubetaltSql, utestaendeSql } from "../src/db/belop-sql.ts";
import { faktura } from "../src/db/schema.ts";
import { DEMO_FAKTURAER } from "../src/demo/index.ts";
import { totalbelop, utestaendeBelop } from "../src/domain/belop.ts";
import { isValidKid } from "../src/domain/kid.ts";
import { isValidKontonummer } from "../src/domain/kontonummer.ts";
import { seedDemo } from "../src/seed.ts";
import { fakturaId } from "./helpers/demo.ts";
import { type CountingDatabase, openCountingDatabase } from "./helpers/test-database.ts";

let database: CountingDatabase;

beforeAll(async () => {
  database = await openCountingDatabase();
  await seedDemo(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe("demo seed", () => {
  it("gives Kari and Ola invoices in every status, each with a level-4 one", async () => {
    for (const person of [KARI, OLA]) {
      const rows = await database.db.select().from(faktura).where(eq(faktura.eksponertFor, person.pid));
      expect(new Set(rows.map((r) => r.status))).toEqual(
        new Set(["BETALT", "IKKE_BETALT", "INKASSOVARSEL", "SENDT_INKASSO", "INKASSO"]),
      );
      expect(rows.filter((r) => r.sikkerhetsniva === 4)).toHaveLength(1);
      expect(rows.filter((r) => r.status === "SENDT_INKASSO").every((r) => !r.kanBetales)).toBe(true);
      expect(rows.some((r) => r.status === "INKASSOVARSEL" && r.gebyr > 0 && r.renter > 0)).toBe(true);
      expect(rows.some((r) => r.innbetaltBelop > 0 && utestaendeBelop(r) > 0)).toBe(true);
    }
  });

  it("uses only valid kontonummer and KID", () => {
    for (const row of DEMO_FAKTURAER) {
      expect(isValidKontonummer(row.kontonummer ?? "")).toBe(true);
      expect(isValidKid(row.kid ?? "")).toBe(true);
    }
  });

  it("is idempotent and never overwrites a row already there", async () => {
    await database.db
      .update(faktura)
      .set({ innbetaltBelop: 1 })
      .where(eq(faktura.id, fakturaId("1004")));
    await seedDemo(database.db);
    const [count] = await database.db.select({ n: sql`count(*)`.mapWith(Number) }).from(faktura);
    expect(count?.n).toBe(17);
    const [row] = await database.db
      .select()
      .from(faktura)
      .where(eq(faktura.id, fakturaId("1004")));
    expect(row?.innbetaltBelop).toBe(1);
    await database.db
      .update(faktura)
      .set({ innbetaltBelop: 0 })
      .where(eq(faktura.id, fakturaId("1004")));
  });
});

describe("amount rules in SQL and in src/domain", () => {
  it("agree on every seeded invoice", async () => {
    const rows = await database.db
      .select({ row: faktura, total: totalbelopSql.mapWith(Number), utestaende: utestaendeSql.mapWith(Number) })
      .from(faktura);
    expect(rows).toHaveLength(17);
    for (const { row, total, utestaende } of rows) {
      expect(total).toBe(totalbelop(row));
      expect(utestaende).toBe(utestaendeBelop(row));
    }
  });

  it("count as unpaid exactly the invoices not BETALT with something owed", async () => {
    const rows = await database.db.select({ row: faktura, ubetalt: sql`${ubetaltSql}`.mapWith(Boolean) }).from(faktura);
    for (const { row, ubetalt } of rows) expect(ubetalt).toBe(row.status !== "BETALT" && utestaendeBelop(row) > 0);
    expect(rows.filter((r) => r.ubetalt)).toHaveLength(14);
  });

  it("reads amounts back as exact integers", async () => {
    const [row] = await database.db
      .select()
      .from(faktura)
      .where(eq(faktura.id, fakturaId("1003")));
    expect(row).toMatchObject({ belop: 268_000, gebyr: 3_500, renter: 1_283, kreditertBelop: 0 });
    expect(Number.isSafeInteger(row?.renter)).toBe(true);
  });
});

describe("database constraints", () => {
  it("refuses a sikkerhetsniva other than 3 or 4 and negative amounts", async () => {
    const base = { ...DEMO_FAKTURAER[0], id: "fa000000-0000-4000-8000-00000000ffff" } as typeof faktura.$inferInsert;
    await expect(database.db.insert(faktura).values({ ...base, sikkerhetsniva: 2 })).rejects.toThrow();
    await expect(database.db.insert(faktura).values({ ...base, gebyr: -1 })).rejects.toThrow();
    await expect(database.db.insert(faktura).values({ ...base, kontonummer: "1234" })).rejects.toThrow();
  });
});
