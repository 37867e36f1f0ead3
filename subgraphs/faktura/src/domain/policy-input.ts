import { z } from "zod";
import { MAX_ANTALL_AVDRAG, MIN_ANTALL_AVDRAG } from "./avdrag.ts";
import { endepunktFeil } from "./endepunkt-url.ts";
import { feltnavn, type Valideringsresultat } from "./validering.ts";

/** Shorter secrets are guessable offline from one signed request; longer ones gain nothing. */
export const HEMMELIGHET_MIN = 32;
export const HEMMELIGHET_MAX = 256;

const heltall = (min: number, max: number) =>
  z.number().int("må være et heltall").min(min, `må være minst ${min}`).max(max, `kan være høyst ${max}`);

const policySchema = z.object({
  maksDager: heltall(1, 365),
  maksAntallPerFaktura: heltall(1, 12),
  ikkeEtterSendtInkasso: z.boolean(),
  minimumBelop: z.number().int("må være et helt antall øre").min(0, "kan ikke være negativt"),
  fagsystemBestemmer: z.boolean(),
  fagsystemUrl: z.string().nullish(),
  webhookUrl: z.string().nullish(),
  nyHemmelighet: z
    .string()
    .min(HEMMELIGHET_MIN, `må være minst ${HEMMELIGHET_MIN} tegn`)
    .max(HEMMELIGHET_MAX, `kan være høyst ${HEMMELIGHET_MAX} tegn`)
    .regex(/^[\x21-\x7e]+$/, "kan bare inneholde synlige ASCII-tegn uten mellomrom")
    .nullish(),
  avdragTillatt: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  maksAntallAvdrag: heltall(0, MAX_ANTALL_AVDRAG)
    .nullish()
    .transform((v) => v ?? 0),
  minimumAvdragBelop: z
    .number()
    .int("må være et helt antall øre")
    .min(0, "kan ikke være negativt")
    .nullish()
    .transform((v) => v ?? 0),
});

type Valgfrie = "fagsystemUrl" | "webhookUrl" | "nyHemmelighet";

/**
 * A checked policy: numbers in range, endpoints Min kommune may post to, a strong secret if any.
 * An unset optional field is null; a null `nyHemmelighet` keeps the current secret.
 */
export type GyldigPolicy = Omit<z.output<typeof policySchema>, Valgfrie> & Record<Valgfrie, string | null>;

/**
 * Checks the `policy` argument of settUtsettelsePolicy. Whether a secret exists for the endpoints
 * depends on the stored policy too, so that is checked where it is stored.
 */
export function validerPolicy(input: unknown, options: { production: boolean }): Valideringsresultat<GyldigPolicy> {
  const parsed = policySchema.safeParse(input);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return { ok: false, felt: feltnavn("policy", issue?.path ?? []), melding: issue?.message ?? "Ugyldig" };
  }
  const verdi: GyldigPolicy = {
    ...parsed.data,
    fagsystemUrl: parsed.data.fagsystemUrl ?? null,
    webhookUrl: parsed.data.webhookUrl ?? null,
    nyHemmelighet: parsed.data.nyHemmelighet ?? null,
  };
  for (const felt of ["fagsystemUrl", "webhookUrl"] as const) {
    const url = verdi[felt];
    const feil = url === null ? null : endepunktFeil(url, options);
    if (feil) return { ok: false, felt: `policy.${felt}`, melding: feil };
  }
  if (verdi.avdragTillatt && verdi.maksAntallAvdrag < MIN_ANTALL_AVDRAG) {
    return {
      ok: false,
      felt: "policy.maksAntallAvdrag",
      melding: `må være minst ${MIN_ANTALL_AVDRAG} når avdragTillatt er true`,
    };
  }
  if (verdi.fagsystemBestemmer && !verdi.fagsystemUrl) {
    return { ok: false, felt: "policy.fagsystemUrl", melding: "må settes når fagsystemBestemmer er true" };
  }
  return { ok: true, verdi };
}
