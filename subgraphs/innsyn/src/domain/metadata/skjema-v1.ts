import { z } from "zod";
import { epochMs, ikkeBegge, int64, kobling, notBlank } from "./felles.ts";

/** skjema.fil.v1: a submitted form file or attachment. */
const skjemafil = z.strictObject({
  nedlastingslenke: z.string().min(1),
  filnavn: z.string().min(1),
  mimeType: z.string().regex(/\w+\/[-.\w]+(?:\+[-.\w]+)?/, "må være en MIME-type"),
  size: int64,
});

/** innsendt.skjema.v1 (INNSENDT_SKJEMA_V1): a form the citizen has submitted. */
export const innsendtSkjemaV1 = z
  .strictObject({
    ...kobling,
    tittel: z.string(),
    mottaker: z.string(),
    avsender: z.string(),
    innsendtdato: epochMs,
    skjemafil,
    vedlegg: z.array(skjemafil).nullish(),
    url: z.string().nullish(),
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

/** skjema.kladd.v1 (SKJEMAKLADD_V1): a form the citizen has started but not submitted. */
export const skjemakladdV1 = z
  .strictObject({
    ...kobling,
    tittel: z.string(),
    mottaker: z.string().nullish(),
    avsender: z.string().nullish(),
    endretDato: epochMs,
    url: notBlank,
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

export type InnsendtSkjemaV1 = z.infer<typeof innsendtSkjemaV1>;
export type SkjemakladdV1 = z.infer<typeof skjemakladdV1>;
