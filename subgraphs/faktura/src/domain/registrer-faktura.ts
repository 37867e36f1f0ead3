import { isKalenderdato } from "@minkommune/subgraph-kit";
import { z } from "zod";
import { MAX_BELOP_ORE, MAX_BELOP_TEKST } from "./belop.ts";
import { isValidEksponertFor } from "./eksponert-for.ts";
import { erHttpsUrl } from "./https-url.ts";
import { isValidKid } from "./kid.ts";
import { isValidKontonummer } from "./kontonummer.ts";
import { feltnavn, type Valideringsresultat } from "./validering.ts";

/** Limits on one registered invoice. */
export const GRENSER = { tekst: 500, beskrivelse: 4000, lenker: 50 } as const;

// Messages never quote the input: a person id must not end up in an error message or a log.
const tekst = (maks: number = GRENSER.tekst) =>
  z.string().trim().min(1, "kan ikke være tom").max(maks, `kan være høyst ${maks} tegn`);
const valgfriTekst = (maks: number = GRENSER.tekst) =>
  z
    .string()
    .trim()
    .max(maks, `kan være høyst ${maks} tegn`)
    .nullish()
    .transform((v) => (v ? v : null));
const dato = z.string().refine(isKalenderdato, "må være en gyldig dato på formen ÅÅÅÅ-MM-DD");
const url = z.string().trim().refine(erHttpsUrl, "må være en absolutt https-adresse");
const ore = z
  .number()
  .int("må være et helt antall øre")
  .min(0, "kan ikke være negativ")
  .max(MAX_BELOP_ORE, `kan være høyst ${MAX_BELOP_TEKST}`);
const valgfriOre = ore.nullish().transform((v) => v ?? 0);
const lenke = z.strictObject({ tittel: tekst(), url });
const lenker = z
  .array(lenke)
  .max(GRENSER.lenker, `kan ha høyst ${GRENSER.lenker} elementer`)
  .nullish()
  .transform((v) => v ?? []);

const adresse = z
  .strictObject({
    navn: valgfriTekst(),
    adresselinje1: valgfriTekst(),
    adresselinje2: valgfriTekst(),
    adresselinje3: valgfriTekst(),
    postnummer: valgfriTekst(),
    poststed: valgfriTekst(),
    land: valgfriTekst(),
  })
  .nullish()
  .transform((v) => v ?? null);

const kontaktinformasjon = z
  .strictObject({
    navn: valgfriTekst(),
    telefonnummer: valgfriTekst(),
    epost: valgfriTekst(),
    fritekst: valgfriTekst(GRENSER.beskrivelse),
    adresse,
  })
  .nullish()
  .transform((v) => v ?? null);

const eksponertFor = z
  .object({ identifikatorType: z.enum(["FODSELSNUMMER", "MATRIKKELNUMMER"]), verdi: z.string().trim() })
  .superRefine((e, ctx) => {
    if (!isValidEksponertFor(e.identifikatorType, e.verdi)) {
      const hva = e.identifikatorType === "FODSELSNUMMER" ? "fødselsnummer eller D-nummer" : "matrikkelnummer";
      ctx.addIssue({ code: "custom", path: ["verdi"], message: `Ugyldig ${hva}` });
    }
  });

/** The amounts totalbelop adds up, in the order a total past the cap is blamed on. */
const TOTALBELOP_DELER = ["belop", "gebyr", "renter", "andreOmkostninger"] as const;

const fakturaSchema = z
  .strictObject({
    meldingId: z.uuid("må være en UUID").transform((v) => v.toLowerCase()),
    sikkerhetsniva: z.union([z.literal(3), z.literal(4)], "må være 3 eller 4"),
    eksponertFor,
    tittel: tekst(),
    fakturaDato: dato,
    forfallDato: dato,
    status: z.enum(["BETALT", "IKKE_BETALT", "INKASSOVARSEL", "SENDT_INKASSO", "INKASSO"]),
    fakturaMottaker: tekst(),
    betalesTil: tekst(),
    belop: ore,
    // Left out on an update: keep what payments already added up to.
    innbetaltBelop: ore.nullish().transform((v) => v ?? null),
    gebyr: valgfriOre,
    renter: valgfriOre,
    andreOmkostninger: valgfriOre,
    kreditertBelop: valgfriOre,
    kontonummer: z
      .string()
      .trim()
      .refine(isValidKontonummer, "Ugyldig kontonummer (11 siffer med kontrollsiffer etter modulus 11)")
      .nullish()
      .transform((v) => v ?? null),
    kid: z
      .string()
      .trim()
      .refine(isValidKid, "Ugyldig KID (kontrollsiffer etter modulus 10 eller 11)")
      .nullish()
      .transform((v) => v ?? null),
    fakturanummer: valgfriTekst(),
    forsendelseskanal: z
      .enum(["AVTALEGIRO", "EFAKTURA", "POST", "EPOST", "DIGIPOST", "EBOKS"])
      .nullish()
      .transform((v) => v ?? null),
    faktura: z
      .strictObject({ url, tittel: valgfriTekst() })
      .nullish()
      .transform((v) => v ?? null),
    fakturahistorikk: z
      .array(z.strictObject({ tittel: tekst(), url, fakturaDato: dato.nullish().transform((v) => v ?? null) }))
      .max(GRENSER.lenker, `kan ha høyst ${GRENSER.lenker} elementer`)
      .nullish()
      .transform((v) => v ?? []),
    vedlegg: lenker,
    lenker,
    kontaktinformasjon,
    kontaktinformasjonInkasso: kontaktinformasjon,
    kanBetales: z
      .boolean()
      .nullish()
      .transform((v) => v ?? true),
    korrigert: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    sendtTilEkstern: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    eksternLenke: lenke.nullish().transform((v) => v ?? null),
    beskrivelse: valgfriTekst(GRENSER.beskrivelse),
  })
  .superRefine((f, ctx) => {
    if (f.forfallDato < f.fakturaDato) {
      ctx.addIssue({ code: "custom", path: ["forfallDato"], message: "kan ikke være før fakturaDato" });
    }
    // totalbelop is derived; the amount that takes it past the cap is the one to name.
    let sum = 0;
    for (const felt of TOTALBELOP_DELER) {
      sum += f[felt];
      if (sum > MAX_BELOP_ORE) {
        ctx.addIssue({ code: "custom", path: [felt], message: `gir et totalbeløp over ${MAX_BELOP_TEKST}` });
        break;
      }
    }
    if (f.eksternLenke && !f.sendtTilEkstern) {
      ctx.addIssue({ code: "custom", path: ["eksternLenke"], message: "vises bare når sendtTilEkstern er true" });
    }
  });

/** A checked invoice registration: trimmed texts, amounts in øre, defaults filled in. */
export type GyldigFaktura = z.output<typeof fakturaSchema>;

/** One problem with an invoice: the path inside FakturaInput (e.g. ["vedlegg", 2, "url"]) and why. */
export interface FakturaFeil {
  sti: readonly PropertyKey[];
  melding: string;
}

/**
 * Checks one invoice against fakturaV1 and our limits and lists every problem, so a batch can
 * name them all. Unknown properties are refused: fakturaV1 is closed, as GraphQL inputs are.
 */
export function sjekkFaktura(input: unknown): { ok: true; verdi: GyldigFaktura } | { ok: false; feil: FakturaFeil[] } {
  const parsed = fakturaSchema.safeParse(input);
  if (parsed.success) return { ok: true, verdi: parsed.data };
  const feil = parsed.error.issues.flatMap((issue): FakturaFeil[] =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ sti: [...issue.path, key], melding: "er ikke et felt i fakturaV1" }))
      : [{ sti: issue.path, melding: issue.message }],
  );
  return { ok: false, feil };
}

/** Checks the `faktura` argument of registrerFaktura; names the first offending field. */
export function validerFaktura(input: unknown): Valideringsresultat<GyldigFaktura> {
  const checked = sjekkFaktura(input);
  if (checked.ok) return checked;
  const [forste] = checked.feil;
  if (!forste) return { ok: false, felt: "faktura", melding: "Ugyldig faktura" };
  return { ok: false, felt: feltnavn("faktura", forste.sti), melding: forste.melding };
}
