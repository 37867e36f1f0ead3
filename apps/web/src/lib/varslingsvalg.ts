import type { SearchParam } from "./list-params.ts";

/** The form field and its two values: radio buttons, so the choice is explicit without JavaScript. */
export const EPOST_PURRING_FELT = "epostPurring";
export const PA = "pa";
export const AV = "av";

/** What the page says after the form was sent (`?varsling=…`, set by the action's redirect). */
export type VarslingKvittering = "lagretPa" | "lagretAv" | "feil";

const KVITTERINGER: Record<string, VarslingKvittering> = { [PA]: "lagretPa", [AV]: "lagretAv", feil: "feil" };

/** The choice in the submitted form; null when the field is missing or holds anything else. */
export function parseEpostPurring(value: FormDataEntryValue | null): boolean | null {
  if (value === PA) return true;
  if (value === AV) return false;
  return null;
}

/** The query parameter the action redirects with: the saved choice, or that saving failed. */
export function kvitteringParam(lagret: boolean | null): string {
  return lagret === null ? "feil" : lagret ? PA : AV;
}

/** The receipt to show from /profil's query string; anything unknown shows none. */
export function parseKvittering(value: SearchParam): VarslingKvittering | null {
  const first = Array.isArray(value) ? value[0] : value;
  return (first !== undefined && Object.hasOwn(KVITTERINGER, first) && KVITTERINGER[first]) || null;
}
