import type { MeldingResolvers } from "../generated/resolvers-types.ts";

const TYPENAMES = {
  forsendelse: "Forsendelse",
  mappe: "Mappe",
  journalpost: "Journalpost",
  innsendtskjema: "InnsendtSkjema",
  skjemakladd: "Skjemakladd",
} as const;

/** Every melding resolves to the GraphQL type of its Fiks meldingType. */
export const Melding: MeldingResolvers = {
  __resolveType: (row) => {
    const typename = TYPENAMES[row.meldingType as keyof typeof TYPENAMES];
    if (!typename) throw new Error(`Unknown meldingType ${row.meldingType}`);
    return typename;
  },
};
