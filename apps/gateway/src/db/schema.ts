import { pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The gateway owns the integration registry in the Postgres schema "gateway". */
export const gateway = pgSchema("gateway");

/**
 * A Fiks integration a municipality has authorized: bound to one fiksOrgId and one
 * authorized orgnr (the Maskinporten consumer), with privileges per service.
 * Only a slow KDF hash of the password is kept.
 */
export const integrasjon = gateway.table("integrasjon", {
  integrasjonId: uuid("integrasjon_id").primaryKey(),
  navn: text("navn").notNull(),
  beskrivelse: text("beskrivelse"),
  fiksOrgId: uuid("fiks_org_id").notNull(),
  autorisertOrgnr: text("autorisert_orgnr").notNull(),
  passordHash: text("passord_hash").notNull(),
  privilegier: text("privilegier").array().notNull(),
  opprettet: timestamp("opprettet", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  deaktivert: timestamp("deaktivert", { withTimezone: true, mode: "date" }),
});

export const schema = { integrasjon };
export type GatewaySchema = typeof schema;
export type IntegrasjonRow = typeof integrasjon.$inferSelect;
