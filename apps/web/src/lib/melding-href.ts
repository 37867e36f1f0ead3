import type { MeldingType } from "../generated/graphql.ts";

/** The app's page for a melding: letters under /post, case folders under /saker; other kinds have none yet. */
export function meldingHref(type: MeldingType, meldingId: string): string | null {
  if (type === "forsendelse") return `/post/${meldingId}`;
  if (type === "mappe") return `/saker/${meldingId}`;
  return null;
}
