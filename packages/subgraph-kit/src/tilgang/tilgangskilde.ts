/**
 * The access-source port: what a person holds rights to beyond their own fødselsnummer, i.e.
 * the organisations they may act for (Altinn roles) and the properties they own (Matrikkel).
 * Exposure rules in every subgraph depend only on this, so adapters change without them.
 */

/** What one person has access to. */
export interface Tilganger {
  /** Organisasjonsnumre where the person has the Altinn role post/arkiv or kommunale tjenester. */
  organisasjoner: readonly string[];
  /** Matrikkelnumre (`<kommunenr>-<gardsnr>/<bruksnr>/<festenr>/<seksjonsnr>`) the person owns or co-owns. */
  matrikkelenheter: readonly string[];
}

/** No rights beyond the person's own id. */
export const INGEN_TILGANGER: Tilganger = Object.freeze({ organisasjoner: [], matrikkelenheter: [] });

/**
 * Looks up many persons in one call, as the registers answer a list. A person the source knows
 * nothing about is left out of the map: they have no rights beyond their own id.
 */
export interface Tilgangskilde {
  tilgangerFor(pids: readonly string[]): Promise<ReadonlyMap<string, Tilganger>>;
}

/** One person's rights. */
export async function tilgangerForPerson(kilde: Tilgangskilde, pid: string): Promise<Tilganger> {
  return (await kilde.tilgangerFor([pid])).get(pid) ?? INGEN_TILGANGER;
}

/** The adapter for where no register is connected yet: nobody has rights beyond their own id. */
export const ingenTilgangskilde: Tilgangskilde = {
  async tilgangerFor() {
    return new Map();
  },
};
