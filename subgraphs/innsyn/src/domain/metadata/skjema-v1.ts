import { z } from "zod";
import { epochMs, ikkeBegge, int64, kobling, kortTekst, lenkeTekst } from "./felles.ts";

/** skjema.fil.v1: a submitted form file or attachment. */
const skjemafil = z.strictObject({
  nedlastingslenke: lenkeTekst.min(1),
  filnavn: kortTekst.min(1),
  mimeType: kortTekst.regex(/\w+\/[-.\w]+(?:\+[-.\w]+)?/, "må være en MIME-type"),
  size: int64,
});

/** innsendt.skjema.v1 (INNSENDT_SKJEMA_V1): a form the citizen has submitted. */
export const innsendtSkjemaV1 = z
  .strictObject({
    ...kobling,
    tittel: kortTekst,
    mottaker: kortTekst,
    avsender: kortTekst,
    innsendtdato: epochMs,
    skjemafil,
    vedlegg: z.array(skjemafil).nullish(),
    url: lenkeTekst.nullish(),
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

/** skjema.kladd.v1 (SKJEMAKLADD_V1): a form the citizen has started but not submitted. */
export const skjemakladdV1 = z
  .strictObject({
    ...kobling,
    tittel: kortTekst,
    mottaker: kortTekst.nullish(),
    avsender: kortTekst.nullish(),
    endretDato: epochMs,
    url: lenkeTekst.trim().min(1, "kan ikke være tom"),
  })
  .refine(ikkeBegge.check, { message: ikkeBegge.message, path: ["forelder"] });

export type InnsendtSkjemaV1 = z.infer<typeof innsendtSkjemaV1>;
export type SkjemakladdV1 = z.infer<typeof skjemakladdV1>;
