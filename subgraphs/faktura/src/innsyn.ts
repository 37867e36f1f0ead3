import type { Principal } from "@minkommune/auth";
import { type Tilgangskilde, tilgangerForPerson } from "@minkommune/subgraph-kit";
import type { Innsyn } from "./db/fakturaer.ts";

/**
 * What a principal may see, asked of the Tilgangskilde at most once per request (the first
 * resolver that needs it pays the lookup); null for anyone but a citizen.
 */
export function innsynFor(principal: Principal, tilgangskilde: Tilgangskilde): () => Promise<Innsyn | null> {
  let innsyn: Promise<Innsyn | null> | undefined;
  return () => {
    if (principal.type !== "innbygger") return Promise.resolve(null);
    innsyn ??= tilgangerForPerson(tilgangskilde, principal.pid).then((tilganger) => ({
      pid: principal.pid,
      niva: principal.niva,
      matrikkelenheter: tilganger.matrikkelenheter,
    }));
    return innsyn;
  };
}
