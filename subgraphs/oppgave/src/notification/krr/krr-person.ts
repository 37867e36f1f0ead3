import { z } from "zod";

/** One person in KRR's oppslag response (POST /rest/v1/personer), as far as reminders need it. */
export const krrPersonSchema = z.object({
  personidentifikator: z.string(),
  reservasjon: z.enum(["JA", "NEI"]).optional(),
  status: z.enum(["AKTIV", "SLETTET", "IKKE_REGISTRERT"]),
  kontaktinformasjon: z
    .object({
      epostadresse: z.string().optional(),
      mobiltelefonnummer: z.string().optional(),
    })
    .optional(),
  spraak: z.string().optional(),
});

/** A KRR person record. */
export type KrrPerson = z.infer<typeof krrPersonSchema>;

/** KRR's oppslag response. */
export const krrSvarSchema = z.object({ personer: z.array(krrPersonSchema) });

/** Port: the contact register. The adapter speaks KRR's REST protocol. */
export interface Kontaktregister {
  /** The register's records for these persons; persons it does not return are unknown to it. */
  hentPersoner(personIds: readonly string[]): Promise<KrrPerson[]>;
}
