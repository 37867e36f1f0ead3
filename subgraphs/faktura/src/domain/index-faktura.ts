import { decodeBase64Json } from "@minkommune/subgraph-kit";
import { MAX_BELOP_ORE, MAX_BELOP_TEKST } from "./belop.ts";
import { kronerTilOre } from "./kroner.ts";
import { type GyldigFaktura, sjekkFaktura } from "./registrer-faktura.ts";

/** One melding as the index API sends it (IndexMeldingV2 with versjon FAKTURA_V1), before any check. */
export interface IndexFakturaMelding {
  meldingId: string;
  sikkerhetsniva: number;
  eksponertFor: { identifikatorType: string; verdi?: string | null };
  fiksOrganisasjonId: string;
  eksternRef?: string | null;
  versjon: string;
  tilgjengeligTil?: string | null;
  meldingMetadata: string;
}

/** One reason a melding in a batch was refused; `field` is a path inside the melding. */
export interface UgyldigMelding {
  index: number;
  meldingId: string | null;
  field: string;
  message: string;
}

/** The versjon this subgraph indexes. */
export const FAKTURA_V1 = "FAKTURA_V1";

/** fakturaV1 amounts: kroner in Fiks, whole øre here. */
const BELOP_FELTER = ["belop", "innbetaltBelop", "gebyr", "renter", "andreOmkostninger", "kreditertBelop"] as const;

/**
 * fakturaV1 fields we work out ourselves (totalbelop, utestaendeBelop, so they cannot disagree
 * with the amounts) or do not keep (korrelasjonId, forelder); accepted as Fiks sends them.
 */
const IKKE_LAGRET = ["totalbelop", "utestaendeBelop", "korrelasjonId", "forelder"] as const;

/** The IndexMeldingV2 fields FakturaInput carries beside the metadata. */
const KONVOLUTT = ["meldingId", "sikkerhetsniva", "eksponertFor"] as const;

const EKSTERN_REF = /^[A-Za-zæøåÆØÅ0-9_.,/\-_ ]+$/;
/** Enough detail to fix a melding without flooding the answer when everything is wrong. */
const MAX_FEIL_PER_MELDING = 10;

// A FakturaInput path ("kid", "eksponertFor.verdi") as it reads in the IndexMeldingV2 melding.
function meldingFelt(sti: readonly PropertyKey[]): string {
  const felt = sti.reduce<string>(
    (navn, del) => (typeof del === "number" ? `${navn}[${del}]` : navn ? `${navn}.${String(del)}` : String(del)),
    "",
  );
  return (KONVOLUTT as readonly PropertyKey[]).includes(sti[0] ?? "") ? felt : `meldingMetadata.${felt}`;
}

/** The melding as registrerFaktura's input: metadata decoded, kroner turned into øre. */
function somFakturaInput(m: IndexFakturaMelding, feil: (field: string, message: string) => void) {
  const decoded = decodeBase64Json(m.meldingMetadata);
  if (!decoded.ok) {
    feil("meldingMetadata", decoded.message);
    return null;
  }
  if (typeof decoded.value !== "object" || decoded.value === null || Array.isArray(decoded.value)) {
    feil("meldingMetadata", "meldingMetadata må være et JSON-objekt");
    return null;
  }
  const metadata: Record<string, unknown> = { ...decoded.value };
  for (const felt of IKKE_LAGRET) delete metadata[felt];
  for (const felt of KONVOLUTT) {
    if (felt in metadata) feil(`meldingMetadata.${felt}`, `${felt} hører til meldingen, ikke meldingMetadata`);
  }
  for (const felt of BELOP_FELTER) {
    const kroner = metadata[felt];
    if (typeof kroner !== "number") continue;
    // Past the cap the øre value may not even be exact; say what is wrong rather than "decimals".
    if (Math.abs(kroner) > MAX_BELOP_ORE / 100) {
      feil(`meldingMetadata.${felt}`, `${felt} kan være høyst ${MAX_BELOP_TEKST}`);
      continue;
    }
    const ore = kronerTilOre(kroner);
    if (ore === null) feil(`meldingMetadata.${felt}`, `${felt} er kroner med høyst to desimaler`);
    metadata[felt] = ore ?? kroner;
  }
  return { ...metadata, meldingId: m.meldingId, sikkerhetsniva: m.sikkerhetsniva, eksponertFor: m.eksponertFor };
}

/**
 * Checks a whole FAKTURA_V1 batch for the organisation `fiksOrgId` with registrerFaktura's rules.
 * Either every melding is valid, or the answer names every invalid one and the caller writes
 * nothing. Messages never repeat the values.
 */
export function validerFakturaBatch(
  meldinger: readonly IndexFakturaMelding[],
  fiksOrgId: string,
): { ok: true; fakturaer: GyldigFaktura[] } | { ok: false; ugyldige: UgyldigMelding[] } {
  const ugyldige: UgyldigMelding[] = [];
  const fakturaer: GyldigFaktura[] = [];
  const sett = new Set<string>();
  meldinger.forEach((m, index) => {
    const meldingId = m.meldingId.toLowerCase();
    const feilte = new Set<string>();
    const feil = (field: string, message: string) => {
      if (feilte.has(field) || feilte.size >= MAX_FEIL_PER_MELDING) return;
      feilte.add(field);
      ugyldige.push({ index, meldingId: m.meldingId, field, message });
    };
    if (m.versjon !== FAKTURA_V1) feil("versjon", `versjon må være ${FAKTURA_V1}`);
    if (m.fiksOrganisasjonId.toLowerCase() !== fiksOrgId) {
      feil("fiksOrganisasjonId", "Alle FAKTURA_V1-meldinger i en forespørsel må ha samme fiksOrganisasjonId");
    }
    if (sett.has(meldingId)) feil("meldingId", "meldingId forekommer mer enn én gang i forespørselen");
    sett.add(meldingId);
    if (m.tilgjengeligTil != null) {
      feil("tilgjengeligTil", "tilgjengeligTil støttes ikke for FAKTURA_V1; en faktura fjernes med sletting");
    }
    if (m.eksternRef != null && !EKSTERN_REF.test(m.eksternRef)) {
      feil("eksternRef", "eksternRef kan bare inneholde bokstaver, tall, mellomrom og _ . , / -");
    }
    const input = somFakturaInput(m, feil);
    if (!input) return;
    const checked = sjekkFaktura(input);
    if (!checked.ok) {
      for (const f of checked.feil) feil(meldingFelt(f.sti), f.melding);
      return;
    }
    if (feilte.size === 0) fakturaer.push(checked.verdi);
  });
  return ugyldige.length > 0 ? { ok: false, ugyldige } : { ok: true, fakturaer };
}
