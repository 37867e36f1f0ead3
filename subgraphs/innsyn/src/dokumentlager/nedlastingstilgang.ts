import type { LenkendeMelding } from "../db/dokumenter.ts";
import type { LagretDokument } from "./dokumentlager.ts";

/** What a citizen's download request gets. */
export type Nedlastingstilgang =
  | { type: "TILLATT" }
  | { type: "IKKE_FUNNET" }
  | { type: "UTLOPT" }
  | { type: "KREVER_HOYERE_NIVA"; paakrevdNiva: number };

/**
 * A citizen may download a document when a melding exposed to them links to it. Only meldinger
 * the document's own integration indexed (in its own organisation) count, so no integration can
 * expose a document it does not own by linking to it, not even one of the same municipality. The level needed is the document's own sikkerhetsniva
 * or the lowest level among those meldinger, whichever is higher. Someone no melding exposes it
 * to gets IKKE_FUNNET, exactly as for an unknown id.
 */
export function nedlastingstilgang(
  dokument: LagretDokument,
  meldinger: LenkendeMelding[],
  niva: 3 | 4,
  naa: Date,
): Nedlastingstilgang {
  const egne = meldinger.filter(
    (m) => m.fiksOrgId === dokument.fiksOrgId && m.integrasjonId === dokument.integrasjonId,
  );
  if (egne.length === 0) return { type: "IKKE_FUNNET" };
  if (dokument.tilgjengeligTil && dokument.tilgjengeligTil <= naa) return { type: "UTLOPT" };
  const paakrevdNiva = Math.max(dokument.sikkerhetsniva, Math.min(...egne.map((m) => m.sikkerhetsniva)));
  return niva >= paakrevdNiva ? { type: "TILLATT" } : { type: "KREVER_HOYERE_NIVA", paakrevdNiva };
}
