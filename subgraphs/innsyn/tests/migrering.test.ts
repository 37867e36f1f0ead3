import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@minkommune/db";
import { createTestDatabase } from "@minkommune/db/testing";
import { KARI, OSLO } from "@minkommune/demo-data";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows.ts";
import { schema } from "../src/db/schema.ts";
import { postgresDokumentlager } from "../src/dokumentlager/postgres-dokumentlager.ts";

const drizzleDir = join(import.meta.dirname, "../drizzle");
const firstOnly = mkdtempSync(join(tmpdir(), "innsyn-migr-"));
afterAll(() => rmSync(firstOnly, { recursive: true, force: true }));

/** A migrations folder holding only the first slice's migration, to build a database as it was then. */
function firstSliceFolder(): string {
  mkdirSync(join(firstOnly, "meta"), { recursive: true });
  copyFileSync(join(drizzleDir, "0000_init.sql"), join(firstOnly, "0000_init.sql"));
  const journal = JSON.parse(readFileSync(join(drizzleDir, "meta/_journal.json"), "utf8"));
  journal.entries = journal.entries.slice(0, 1);
  writeFileSync(join(firstOnly, "meta/_journal.json"), JSON.stringify(journal));
  return firstOnly;
}

describe("migrations", () => {
  it("keep letters, documents (content, owner and links) and read state stored by the first slice", async () => {
    const testDb = await createTestDatabase();
    // PGlite in memory lives only as long as its client; a folder keeps it across the two opens.
    const dataDir = testDb.url === "memory://" ? mkdtempSync(join(tmpdir(), "innsyn-pgl-")) : "";
    const url = testDb.url === "memory://" ? undefined : testDb.url;
    const open = (migrationsFolder: string) =>
      openDatabase({ schemaName: "innsyn", schema, migrationsFolder, url, dataDir });
    const old = await open(firstSliceFolder());
    const id = "0a0a0a0a-0000-4000-8000-000000000001";
    await old.db.execute(sql`insert into innsyn.melding (melding_id, fiks_org_id, integrasjon_id, versjon,
      eksponert_for_type, eksponert_for_verdi, sikkerhetsniva, tittel, avsender, sendt_dato, svar_lenke)
      values (${id}, ${OSLO.fiksOrgId}, ${OSLO.fiksOrgId}, 'forsendelseV2', 'FODSELSNUMMER', ${KARI.pid}, 3,
      'Gammelt brev', 'Oslo kommune', '2026-01-02T10:00:00Z', 'https://svar.test')`);
    await old.db.execute(sql`insert into innsyn.dokument values ('0a0a0a0a-0000-4000-9000-000000000001', ${id}, 1,
      'Vedlegg', 'application/pdf', 3, 'abc', '\\x255044'::bytea)`);
    await old.db.execute(sql`insert into innsyn.lesestatus (melding_id, person_id) values (${id}, ${KARI.pid})`);
    await old.close();

    const migrated = await open(drizzleDir);
    const [status] = rowsOf<{ lest: boolean }>(
      await migrated.db.execute(sql`select lest_tidspunkt is not null as lest from innsyn.meldingsstatus
        where melding_id = ${id} and person_id = ${KARI.pid}`),
    );
    expect(status?.lest).toBe(true);
    const [row] = rowsOf<{ metadata: Record<string, unknown>; melding_type: string }>(
      await migrated.db.execute(sql`select metadata, melding_type from innsyn.melding where melding_id = ${id}`),
    );
    expect(row?.melding_type).toBe("forsendelse");
    expect(row?.metadata).toMatchObject({
      tittel: "Gammelt brev",
      avsender: "Oslo kommune",
      sendtDato: Date.parse("2026-01-02T10:00:00Z"),
      svarLenke: "https://svar.test",
      dokumenter: [
        {
          tittel: "Vedlegg",
          mimeType: "application/pdf",
          size: 3,
          nedlastingLenke: "/dokumenter/0a0a0a0a-0000-4000-9000-000000000001",
        },
      ],
    });
    const lager = postgresDokumentlager(migrated.db);
    const dokument = await lager.get("0a0a0a0a-0000-4000-9000-000000000001");
    expect(dokument?.metadata).toMatchObject({
      fiksOrgId: OSLO.fiksOrgId,
      integrasjonId: OSLO.fiksOrgId,
      dokumentnavn: "Vedlegg",
      storrelse: 3,
      sikkerhetsniva: 3,
    });
    const deler: number[] = [];
    for await (const del of dokument?.innhold() ?? []) deler.push(...del);
    expect(Buffer.from(deler).toString()).toBe("%PD");
    const lenker = rowsOf<{ dokument_id: string }>(
      await migrated.db.execute(sql`select dokument_id from innsyn.melding_dokument where melding_id = ${id}`),
    );
    expect(lenker.map((l) => l.dokument_id)).toEqual(["0a0a0a0a-0000-4000-9000-000000000001"]);
    await migrated.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await testDb.drop();
  });
});
