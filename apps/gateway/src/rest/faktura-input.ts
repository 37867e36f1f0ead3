import { decodeBase64JsonObject } from "./base64-json.ts";
import { type UgyldigMelding, ugyldigMelding } from "./graphql-errors.ts";

/** fakturaV1 amounts: kroner with at most two decimals in Fiks, whole øre in the faktura subgraph. */
const BELOP_FELTER = ["belop", "innbetaltBelop", "gebyr", "renter", "andreOmkostninger", "kreditertBelop"] as const;

/**
 * fakturaV1 fields the faktura subgraph works out itself (totalbelop, utestaendeBelop) or does
 * not keep (korrelasjonId, forelder); they are accepted as Fiks sends them and not passed on.
 */
const IKKE_VIDERESENDT = ["totalbelop", "utestaendeBelop", "korrelasjonId", "forelder"] as const;

/** The envelope fields of IndexMeldingV2 that FakturaInput carries beside the metadata. */
export const KONVOLUTT_FELTER = ["meldingId", "sikkerhetsniva", "eksponertFor"] as const;

/** A FAKTURA_V1 melding as registrerFaktura takes it, or the reasons it cannot become one. */
export type FakturaMelding =
  | { ok: true; fiksOrgId: unknown; meldingId: unknown; faktura: Record<string, unknown> }
  | { ok: false; ugyldige: UgyldigMelding[] };

function ore(kroner: number): number | null {
  const value = Math.round(kroner * 100);
  return Math.abs(kroner * 100 - value) < 1e-6 ? value : null;
}

/**
 * One IndexMeldingV2 with versjon FAKTURA_V1 as the faktura subgraph's FakturaInput: the Base64
 * metadata decoded, kroner turned into øre, the envelope's meldingId, sikkerhetsniva and
 * eksponertFor added. Nothing else is checked here: a value of the wrong type is passed on, so
 * the GraphQL types and the subgraph name it.
 */
export function fakturaInput(melding: unknown, index: number): FakturaMelding {
  const m = (typeof melding === "object" && melding !== null ? melding : {}) as Record<string, unknown>;
  const ugyldige: UgyldigMelding[] = [];
  const feil = (field: string, message: string) => ugyldige.push(ugyldigMelding(index, m.meldingId, field, message));
  if (m.tilgjengeligTil != null) {
    feil("tilgjengeligTil", "tilgjengeligTil støttes ikke for FAKTURA_V1; en faktura fjernes med sletting");
  }
  const metadata = decodeBase64JsonObject(m.meldingMetadata);
  if (!metadata.ok) {
    feil("meldingMetadata", metadata.message);
    return { ok: false, ugyldige };
  }
  const faktura: Record<string, unknown> = { ...metadata.value };
  for (const felt of IKKE_VIDERESENDT) delete faktura[felt];
  for (const felt of KONVOLUTT_FELTER) {
    if (felt in faktura) feil(`meldingMetadata.${felt}`, `${felt} hører til meldingen, ikke meldingMetadata`);
  }
  for (const felt of BELOP_FELTER) {
    const kroner = faktura[felt];
    if (typeof kroner !== "number") continue;
    const verdi = ore(kroner);
    if (verdi === null) feil(`meldingMetadata.${felt}`, `${felt} kan ha høyst to desimaler`);
    else faktura[felt] = verdi;
  }
  if (ugyldige.length > 0) return { ok: false, ugyldige };
  for (const felt of KONVOLUTT_FELTER) faktura[felt] = m[felt];
  return { ok: true, fiksOrgId: m.fiksOrganisasjonId, meldingId: m.meldingId, faktura };
}

/** A field of FakturaInput ("kid", "eksponertFor.verdi") as it reads in the IndexMeldingV2 melding. */
export function meldingFelt(fakturaFelt: string): string {
  const root = /^[^.[]+/.exec(fakturaFelt)?.[0] ?? "";
  return (KONVOLUTT_FELTER as readonly string[]).includes(root) ? fakturaFelt : `meldingMetadata.${fakturaFelt}`;
}
