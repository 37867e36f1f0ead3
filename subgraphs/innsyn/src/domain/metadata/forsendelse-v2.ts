import { z } from "zod";
import { epochMs, ikkeBegge, kobling } from "./felles.ts";

const adresse = z.object({
  navn: z.string().min(1),
  addresselinje1: z.string().nullish(),
  addresselinje2: z.string().nullish(),
  addresselinje3: z.string().nullish(),
  poststed: z.string().nullish(),
  postnummer: z.string().nullish(),
  land: z.string().nullish(),
});

/** forsendelseV2 (index API v1 model): a letter sent through SvarUt. */
export const forsendelseV2 = z
  .object({
    ...kobling,
    tittel: z.string().min(1),
    sendtDato: epochMs,
    avsender: z.string().min(1),
    returAdresse: adresse.nullish(),
    mottakerAdresse: adresse.nullish(),
    lest: z.boolean(),
    dokumenter: z
      .array(
        z.object({
          tittel: z.string().min(1),
          size: z.int().nullish(),
          nedlastingLenke: z.string().min(1),
          mimeType: z.string().min(1),
        }),
      )
      .min(1, "minst ett dokument"),
    lenker: z
      .array(z.object({ url: z.string().min(1), urlTekst: z.string().min(1), ledetekst: z.string().nullish() }))
      .nullish(),
    svarLenke: z.string().nullish(),
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

export type ForsendelseV2 = z.infer<typeof forsendelseV2>;
