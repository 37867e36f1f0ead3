import { safeTaskUrl } from "./oppgave-view.ts";

/** A service link as the municipality lists it. */
export interface KommunalTjenesteLenke {
  tjenesteId: string;
  tittel: string;
  lenke: string;
  favoritt: boolean;
}

/**
 * The links the front page shows: favourites first, otherwise in the municipality's own order,
 * and only those that lead to an http(s) page (anything else from the register is not followed).
 */
export function tjenesterForForsiden<T extends KommunalTjenesteLenke>(
  tjenester: readonly T[],
): (T & { href: string })[] {
  const medLenke = tjenester.flatMap((tjeneste) => {
    const href = safeTaskUrl(tjeneste.lenke);
    return href ? [{ ...tjeneste, href }] : [];
  });
  return [...medLenke.filter((t) => t.favoritt), ...medLenke.filter((t) => !t.favoritt)];
}
