import { join } from "node:path";
import { parseArgs } from "node:util";
import { PRIVILEGIER } from "@minkommune/auth";
import { defaultDataDir, openDatabase } from "@minkommune/db";
import { z } from "zod";
import { schema } from "../db/schema.ts";
import { IntegrasjonRegistry } from "../integrasjon/registry.ts";

/**
 * Registers a Fiks integration for one municipality and prints its id and password.
 * The password is shown once and stored only as a scrypt hash.
 * Usage: npm run integrasjon:opprett -- --navn "Sak/arkiv" --fiksOrgId <uuid> --orgnr <9 digits> --privilegier OPPGAVE,FAKTURA
 */
const usage =
  "usage: npm run integrasjon:opprett -- --navn <navn> --fiksOrgId <uuid> --orgnr <orgnr> --privilegier <" +
  `${PRIVILEGIER.join(",")}> [--beskrivelse <tekst>]`;

const input = z.object({
  navn: z.string().trim().min(1, "--navn mangler").max(200),
  beskrivelse: z.string().max(1000).optional(),
  fiksOrgId: z.uuid("--fiksOrgId må være en UUID"),
  orgnr: z.string().regex(/^\d{9}$/, "--orgnr må være 9 siffer"),
  privilegier: z
    .string("--privilegier mangler")
    .transform((value) => value.split(",").map((p) => p.trim()))
    .pipe(z.array(z.enum(PRIVILEGIER, `--privilegier må være blant ${PRIVILEGIER.join(", ")}`)).min(1)),
});

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      navn: { type: "string" },
      beskrivelse: { type: "string" },
      fiksOrgId: { type: "string" },
      orgnr: { type: "string" },
      privilegier: { type: "string" },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const parsed = input.safeParse(values);
if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join("\n"));

const database = await openDatabase({
  schemaName: "gateway",
  schema,
  migrationsFolder: join(import.meta.dirname, "../../drizzle"),
  url: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? defaultDataDir(),
});
const created = await new IntegrasjonRegistry(database.db).create({
  navn: parsed.data.navn,
  beskrivelse: parsed.data.beskrivelse,
  fiksOrgId: parsed.data.fiksOrgId,
  autorisertOrgnr: parsed.data.orgnr,
  privilegier: parsed.data.privilegier,
});
await database.close();
console.log(`IntegrasjonId: ${created.integrasjonId}`);
console.log(`IntegrasjonPassord: ${created.passord}`);
console.error("The password is shown only this once; store it in the fagsystem's secret store.");
