/** What the Post forms can do to the chosen letters. */
export const HANDLINGER = ["lest", "ulest", "arkiver", "gjenopprett"] as const;
export type Handling = (typeof HANDLINGER)[number];

/** The markerMeldinger variables of each action: read state or archive state, never both at once. */
export const HANDLING_VARIABLER: Record<Handling, { lest?: boolean; arkivert?: boolean }> = {
  lest: { lest: true },
  ulest: { lest: false },
  arkiver: { arkivert: true },
  gjenopprett: { arkivert: false },
};

/** Innsyn changes at most this many meldinger in one call. */
export const MAKS_VALGTE = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The parsed form: the chosen letters (deduplicated) and the action. */
export interface MeldingHandling {
  meldingIder: string[];
  handling: Handling;
}

/**
 * Reads a Post form (one letter from its page, or the checked boxes of the bulk form).
 * "ingenValgt" when nothing is checked, null when anything is not a letter id or a known action.
 */
export function parseMeldingHandling(formData: FormData): MeldingHandling | "ingenValgt" | null {
  const handling = HANDLINGER.find((h) => h === formData.get("handling"));
  if (!handling) return null;
  const ider = formData.getAll("meldingId");
  if (ider.length === 0) return "ingenValgt";
  if (ider.length > MAKS_VALGTE || !ider.every((id) => typeof id === "string" && UUID.test(id))) return null;
  return { meldingIder: [...new Set(ider as string[])], handling };
}
