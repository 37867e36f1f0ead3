import type { Context } from "../context.ts";
import type { MeldingRow } from "../db/meldinger.ts";
import type { MeldingType } from "../generated/resolvers-types.ts";

/** Reads a field of the stored (already validated) metadata. */
export function meta<T>(row: MeldingRow, key: string): T | null {
  return ((row.metadata as Record<string, unknown>)[key] ?? null) as T | null;
}

/** An ISO date-time or epoch-ms metadata value as ISO 8601 UTC. */
export function iso(value: unknown): string | null {
  if (value == null) return null;
  return new Date(value as string | number).toISOString();
}

/** The fields every Melding type resolves the same way. */
export const meldingFelter = {
  type: (row: MeldingRow) => row.meldingType as MeldingType,
  sorteringDato: (row: MeldingRow) => row.sendtDato.toISOString(),
  forstSett: (row: MeldingRow) => row.forstSett?.toISOString() ?? null,
  kommune: async (row: MeldingRow, _args: unknown, { loaders }: Context) => {
    const kommune = await loaders.kommune.load(row.fiksOrgId);
    if (!kommune) throw new Error(`Melding refers to unknown fiksOrgId ${row.fiksOrgId}`);
    return kommune;
  },
};

/** lenke.v1 as the API shows it: the url, the predefined kind, and the first own text given. */
export function lenker(row: MeldingRow) {
  const items = meta<
    {
      url: string;
      predefinert?: { type: string } | null;
      egendefinert?: Record<string, string | null | undefined> | null;
    }[]
  >(row, "lenker");
  return (items ?? []).map((l) => ({
    url: l.url,
    predefinertType: l.predefinert?.type ?? null,
    tekst:
      l.egendefinert?.bokmal ??
      l.egendefinert?.nynorsk ??
      l.egendefinert?.engelsk ??
      l.egendefinert?.nordsamisk ??
      null,
  }));
}
