import type { ForsendelseResolvers } from "../generated/resolvers-types.ts";
import { meldingFelter, meta } from "./melding-felter.ts";

interface Dokument {
  tittel: string;
  mimeType: string;
  size?: number | null;
  nedlastingLenke: string;
}

/** A letter; entity references resolve only for letters visible to the caller. */
export const Forsendelse: ForsendelseResolvers = {
  __resolveReference: async (reference, { loaders }) => {
    const row = await loaders.melding.load(reference.meldingId);
    return row?.meldingType === "forsendelse" ? row : null;
  },
  ...meldingFelter,
  avsender: (row) => row.avsender ?? "",
  sendtDato: (row) => row.sendtDato.toISOString(),
  dokumenter: (row) =>
    (meta<Dokument[]>(row, "dokumenter") ?? []).map((d) => ({
      tittel: d.tittel,
      mimeType: d.mimeType,
      size: d.size ?? null,
      nedlastingLenke: d.nedlastingLenke,
    })),
  lenker: (row) => meta(row, "lenker") ?? [],
};
