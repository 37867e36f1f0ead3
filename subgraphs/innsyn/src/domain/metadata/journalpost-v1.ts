import { z } from "zod";
import {
  dateTimeNullable,
  ikkeBegge,
  kobling,
  kortTekst,
  langTekst,
  lenke,
  mappeadresse,
  mappedokument,
  notBlank,
  part,
} from "./felles.ts";

const korrespondansepart = z.strictObject({
  type: z.enum(["ORGANISASJON", "PERSON"]).nullish(),
  navn: notBlank,
  korrespondanseparttype: z.enum(["EA", "EM", "EK", "IA", "IM", "IK"]),
  adresse: mappeadresse,
  epost: kortTekst.nullish(),
  telefonnummer: kortTekst.nullish(),
  orgnr: kortTekst.nullish(),
  kontaktperson: kortTekst.nullish(),
});

/** journalpost.v1 (JOURNALPOST_V1): a registry entry, usually a child of a mappe through forelder. */
export const journalpostV1 = z
  .strictObject({
    ...kobling,
    journalposttype: z.enum(["I", "U", "N", "X", "S"]),
    tittel: notBlank,
    mappeId: kortTekst.nullish(),
    systemId: kortTekst.nullish(),
    registreringsId: kortTekst.nullish(),
    journalpostnummer: z.int().nullish(),
    journalaar: z.int().nullish(),
    journaldato: dateTimeNullable,
    svarUtForsendelseId: kortTekst.nullish(),
    eksponertFor: z.array(part).nullish(),
    beskrivelse: langTekst.nullish(),
    lenker: z.array(lenke).nullish(),
    klagefrist: dateTimeNullable,
    korrespondanseparter: z.array(korrespondansepart).nullish(),
    dokumenter: z.array(mappedokument).nullish(),
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

export type JournalpostV1 = z.infer<typeof journalpostV1>;
