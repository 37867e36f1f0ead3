import { isValidPersonId } from "@minkommune/auth";
import { isKalenderdato } from "@minkommune/subgraph-kit";
import { z } from "zod";
import { erTillattOppgaveUrl, type UrlRegler } from "./oppgave-url.ts";

/** Limits on an opprettOppgave request. */
export const GRENSER = {
  tittel: 200,
  handling: 50,
  beskrivelse: 2000,
  metadata: 10_000,
  mottakere: 10_000,
  // A year between reminders is already more than any task needs; larger values are mistakes.
  purringIntervallDager: 365,
} as const;

const tekst = (navn: string, maks: number) =>
  z.string().trim().min(1, `${navn} kan ikke være tom`).max(maks, `${navn} kan være høyst ${maks} tegn`);

// Messages never quote the input: a person id must not end up in an error message or a log.
const personIdList = z
  .array(z.string().trim())
  .min(1, "Oppgaven må ha minst én mottaker")
  .max(GRENSER.mottakere, `Oppgaven kan ha høyst ${GRENSER.mottakere} mottakere`)
  .superRefine((liste, ctx) => {
    if (liste.length > GRENSER.mottakere) return;
    liste.forEach((personId, i) => {
      if (!isValidPersonId(personId)) {
        ctx.addIssue({ code: "custom", path: [i], message: "Ugyldig fødselsnummer eller D-nummer" });
      }
    });
  })
  // Each citizen gets the oppgave once, however often the fagsystem listed them.
  .transform((liste) => [...new Set(liste)]);

const lagOpprettSchema = (regler: UrlRegler) =>
  z.object({
    tittel: tekst("tittel", GRENSER.tittel),
    beskrivelse: tekst("beskrivelse", GRENSER.beskrivelse),
    handling: tekst("handling", GRENSER.handling),
    url: z
      .string()
      .trim()
      .refine(
        (url) => erTillattOppgaveUrl(url, regler),
        regler.tillatLokalHttp
          ? "url må være en absolutt https-adresse (http bare for localhost)"
          : "url må være en absolutt https-adresse",
      ),
    frist: z
      .string()
      .refine(isKalenderdato, "frist må være en gyldig dato på formen ÅÅÅÅ-MM-DD")
      .nullish()
      .transform((frist) => frist ?? null),
    utfortKriterie: z.enum(["ANY", "ALL"]),
    sprak: z
      .enum(["nb", "nn", "en", "se"])
      .nullish()
      .transform((sprak) => sprak ?? null),
    mottakere: z.object({ personIdList }),
    varsling: z
      .object({
        purringIntervallDager: z
          .number()
          .int()
          .min(0, "purringIntervallDager kan ikke være negativ")
          .max(GRENSER.purringIntervallDager, `purringIntervallDager kan være høyst ${GRENSER.purringIntervallDager}`)
          .nullish()
          .transform((dager) => dager ?? 0),
      })
      .nullish()
      .transform((varsling) => varsling ?? { purringIntervallDager: 0 }),
    metadata: z
      .string()
      .max(GRENSER.metadata, `metadata kan være høyst ${GRENSER.metadata} tegn`)
      .nullish()
      .transform((metadata) => metadata ?? null),
  });

// Built once per rule set: zod schemas are cheap to use and not free to build.
const UTVIKLING = lagOpprettSchema({ tillatLokalHttp: true });
const PRODUKSJON = lagOpprettSchema({ tillatLokalHttp: false });

/** A checked opprettOppgave request: trimmed texts, unique recipients, defaults filled in. */
export type GyldigOppgave = z.output<typeof UTVIKLING>;

/** Either the checked request or the first offending field, e.g. "oppgave.mottakere.personIdList[3]". */
export type Valideringsresultat = { ok: true; oppgave: GyldigOppgave } | { ok: false; felt: string; melding: string };

/** Formats a zod issue path as a GraphQL argument path under `rot`. */
function feltnavn(rot: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (felt, del) => (typeof del === "number" ? `${felt}[${del}]` : `${felt}.${String(del)}`),
    rot,
  );
}

/**
 * Checks the `oppgave` argument of opprettOppgave against the KS rules and our limits; http
 * urls to localhost pass only when `regler` allow it (not in production).
 */
export function validerOpprettOppgave(
  input: unknown,
  regler: UrlRegler = { tillatLokalHttp: false },
): Valideringsresultat {
  const parsed = (regler.tillatLokalHttp ? UTVIKLING : PRODUKSJON).safeParse(input);
  if (parsed.success) return { ok: true, oppgave: parsed.data };
  const [issue] = parsed.error.issues;
  if (!issue) return { ok: false, felt: "oppgave", melding: "Ugyldig oppgave" };
  return { ok: false, felt: feltnavn("oppgave", issue.path), melding: issue.message };
}
