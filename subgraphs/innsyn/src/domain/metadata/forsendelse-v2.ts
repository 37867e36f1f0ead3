import { z } from "zod";
import { epochMs, ikkeBegge, kobling, kortTekst, lenkeTekst } from "./felles.ts";

const adresse = z.object({
  navn: kortTekst.min(1),
  addresselinje1: kortTekst.nullish(),
  addresselinje2: kortTekst.nullish(),
  addresselinje3: kortTekst.nullish(),
  poststed: kortTekst.nullish(),
  postnummer: kortTekst.nullish(),
  land: kortTekst.nullish(),
});

/** forsendelseV2 (index API v1 model): a letter sent through SvarUt. */
export const forsendelseV2 = z
  .object({
    ...kobling,
    tittel: kortTekst.min(1),
    sendtDato: epochMs,
    avsender: kortTekst.min(1),
    returAdresse: adresse.nullish(),
    mottakerAdresse: adresse.nullish(),
    lest: z.boolean(),
    dokumenter: z
      .array(
        z.object({
          tittel: kortTekst.min(1),
          size: z.int().nullish(),
          nedlastingLenke: lenkeTekst.min(1),
          mimeType: kortTekst.min(1),
        }),
      )
      .min(1, "minst ett dokument"),
    lenker: z
      .array(z.object({ url: lenkeTekst.min(1), urlTekst: kortTekst.min(1), ledetekst: kortTekst.nullish() }))
      .nullish(),
    svarLenke: lenkeTekst.nullish(),
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

export type ForsendelseV2 = z.infer<typeof forsendelseV2>;
