import { decodeBase64Json, isUuid } from "@minkommune/subgraph-kit";
import { IDENTIFIKATOR_TYPER, type IdentifikatorType, identifikatorFeil } from "./identifikator.ts";
import { MAKS_KORT_TEKST } from "./metadata/felles.ts";
import { isVersjon, type MeldingType, type Sammendrag, VERSJONER, type VersjonNavn } from "./metadata/versjoner.ts";

/** One melding as the index API sends it (IndexMeldingV2), before any check. */
export interface IndexMeldingV2 {
  meldingId: string;
  sikkerhetsniva: number;
  eksponertFor: { identifikatorType: string; verdi?: string | null | undefined };
  fiksOrganisasjonId: string;
  eksternRef?: string | null | undefined;
  versjon: string;
  tilgjengeligTil?: string | null | undefined;
  meldingMetadata: string;
}

/** A melding that passed every check, ready to store. */
export interface GyldigMelding extends Omit<Sammendrag, "forelder"> {
  meldingId: string;
  fiksOrgId: string;
  versjon: VersjonNavn;
  meldingType: MeldingType;
  eksponertForType: IdentifikatorType;
  eksponertForVerdi: string | null;
  sikkerhetsniva: 3 | 4;
  eksternRef: string | null;
  tilgjengeligTil: Date | null;
  forelderId: string | null;
  forelderType: string | null;
  metadata: Record<string, unknown>;
}

/** One reason a melding in a batch was refused; `field` is a path inside the melding. */
export interface Ugyldig {
  index: number;
  meldingId: string | null;
  field: string;
  message: string;
}

const EKSTERN_REF = /^[A-Za-zæøåÆØÅ0-9_.,/\-_ ]+$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Enough detail to fix a melding without flooding the answer when everything is wrong. */
const MAX_FEIL_PER_MELDING = 10;

function checkEnvelope(m: IndexMeldingV2, feil: (field: string, message: string) => void): void {
  if (!isUuid(m.meldingId)) feil("meldingId", "meldingId må være en UUID");
  if (!isUuid(m.fiksOrganisasjonId)) feil("fiksOrganisasjonId", "fiksOrganisasjonId må være en UUID");
  if (m.sikkerhetsniva !== 3 && m.sikkerhetsniva !== 4) feil("sikkerhetsniva", "sikkerhetsniva må være 3 eller 4");
  const type = m.eksponertFor.identifikatorType;
  if (!(IDENTIFIKATOR_TYPER as readonly string[]).includes(type)) {
    feil("eksponertFor.identifikatorType", `identifikatorType må være en av ${IDENTIFIKATOR_TYPER.join(", ")}`);
  } else {
    const message = identifikatorFeil(type as IdentifikatorType, m.eksponertFor.verdi);
    if (message) feil("eksponertFor.verdi", message);
  }
  if (m.eksternRef != null && !EKSTERN_REF.test(m.eksternRef)) {
    feil("eksternRef", "eksternRef kan bare inneholde bokstaver, tall, mellomrom og _ . , / -");
  } else if (m.eksternRef != null && m.eksternRef.length > MAKS_KORT_TEKST) {
    feil("eksternRef", `eksternRef kan ha høyst ${MAKS_KORT_TEKST} tegn`);
  }
  if (
    m.tilgjengeligTil != null &&
    (!ISO_DATE_TIME.test(m.tilgjengeligTil) || Number.isNaN(Date.parse(m.tilgjengeligTil)))
  ) {
    feil("tilgjengeligTil", "tilgjengeligTil må være et ISO 8601-tidspunkt med tidssone");
  }
}

function checkMetadata(m: IndexMeldingV2, feil: (field: string, message: string) => void) {
  if (!isVersjon(m.versjon)) {
    feil("versjon", `Ukjent versjon; gyldige er ${Object.keys(VERSJONER).join(", ")}`);
    return null;
  }
  const decoded = decodeBase64Json(m.meldingMetadata);
  if (!decoded.ok) {
    feil("meldingMetadata", decoded.message);
    return null;
  }
  const versjon = VERSJONER[m.versjon];
  const parsed = versjon.schema.safeParse(decoded.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = ["meldingMetadata", ...issue.path.map(String)].join(".");
      feil(path, `${issue.message} (${m.versjon})`);
    }
    return null;
  }
  return {
    versjon: m.versjon,
    meldingType: versjon.meldingType,
    metadata: parsed.data as Record<string, unknown>,
    sammendrag: (versjon.sammendrag as (x: unknown) => Sammendrag)(parsed.data),
  };
}

/**
 * Checks a whole batch. Either every melding is valid, or the answer names every invalid one:
 * the caller then writes nothing. Messages never repeat identifier values.
 */
export function validateBatch(
  meldinger: readonly IndexMeldingV2[],
): { ok: true; meldinger: GyldigMelding[] } | { ok: false; ugyldige: Ugyldig[] } {
  const ugyldige: Ugyldig[] = [];
  const gyldige: GyldigMelding[] = [];
  const seen = new Set<string>();
  meldinger.forEach((m, index) => {
    const meldingId = typeof m.meldingId === "string" ? m.meldingId : null;
    let count = 0;
    const feil = (field: string, message: string) => {
      if (count++ < MAX_FEIL_PER_MELDING) ugyldige.push({ index, meldingId, field, message });
    };
    checkEnvelope(m, feil);
    if (meldingId && isUuid(meldingId)) {
      const key = meldingId.toLowerCase();
      if (seen.has(key)) feil("meldingId", "meldingId forekommer mer enn én gang i forespørselen");
      seen.add(key);
    }
    const checked = checkMetadata(m, feil);
    if (count > 0 || !checked) return;
    const { forelder, ...sammendrag } = checked.sammendrag;
    gyldige.push({
      ...sammendrag,
      meldingId: m.meldingId.toLowerCase(),
      fiksOrgId: m.fiksOrganisasjonId.toLowerCase(),
      versjon: checked.versjon,
      meldingType: checked.meldingType,
      eksponertForType: m.eksponertFor.identifikatorType as IdentifikatorType,
      eksponertForVerdi: m.eksponertFor.identifikatorType === "OFFENTLIG" ? null : (m.eksponertFor.verdi ?? null),
      sikkerhetsniva: m.sikkerhetsniva as 3 | 4,
      eksternRef: m.eksternRef ?? null,
      tilgjengeligTil: m.tilgjengeligTil ? new Date(m.tilgjengeligTil) : null,
      forelderId: forelder?.meldingId.toLowerCase() ?? null,
      forelderType: forelder?.type ?? null,
      metadata: checked.metadata,
    });
  });
  return ugyldige.length > 0 ? { ok: false, ugyldige } : { ok: true, meldinger: gyldige };
}
