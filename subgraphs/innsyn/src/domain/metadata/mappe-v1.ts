import { z } from "zod";
import { dateTimeNullable, kortTekst, langTekst, lenke, mappeadresse, milepel, notBlank, part } from "./felles.ts";

const matrikkel = z
  .strictObject({
    kommunenummer: z
      .string()
      .regex(/^\d{4}$/, "kommunenummer må ha fire siffer")
      .nullish(),
    gardsnummer: z
      .string()
      .regex(/^[0-9]{1,6}$/)
      .nullish(),
    bruksnummer: z
      .string()
      .regex(/^[0-9]{1,6}$/)
      .nullish(),
    festenummer: z
      .string()
      .regex(/^[0-9]{1,6}$/)
      .nullish(),
    seksjonsnummer: z
      .string()
      .regex(/^[0-9]{1,6}$/)
      .nullish(),
    matrikkelId: z.union([z.int(), z.string().regex(/^\d+$/)]).nullish(),
  })
  .nullish();

/** mappe.v1 (MAPPE_V1): a case folder such as a byggesak; journalposter point to it as forelder. */
export const mappeV1 = z.strictObject({
  type: z.enum(["BYGGESAK", "SAK"]),
  tittel: notBlank,
  mappeId: kortTekst.nullish(),
  systemId: kortTekst.nullish(),
  beskrivelse: langTekst.nullish(),
  andreParter: z.array(part).nullish(),
  minPart: part.nullish(),
  sistOppdatert: dateTimeNullable,
  avsluttet: dateTimeNullable,
  milepeler: z.array(milepel).nullish(),
  navaerendeMilepel: milepel.nullish(),
  saksdato: dateTimeNullable,
  saksansvarlig: kortTekst.nullish(),
  lenker: z.array(lenke).nullish(),
  eiendommer: z.array(z.strictObject({ matrikkel, adresse: mappeadresse }).nullable()).nullish(),
});

export type MappeV1 = z.infer<typeof mappeV1>;
