import type { ForsendelseResolvers } from "../generated/resolvers-types.ts";

/** A letter; entity references resolve only for letters visible to the caller. */
export const Forsendelse: ForsendelseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.forsendelse.load(reference.meldingId),
  sendtDato: (parent) => parent.sendtDato.toISOString(),
  kommune: async (parent, _args, { loaders }) => {
    const kommune = await loaders.kommune.load(parent.fiksOrgId);
    if (!kommune) throw new Error(`Forsendelse refers to unknown fiksOrgId ${parent.fiksOrgId}`);
    return kommune;
  },
  dokumenter: async (parent, _args, { loaders }) =>
    (await loaders.dokumenter.load(parent.meldingId)).map((d) => ({
      tittel: d.tittel,
      mimeType: d.mimeType,
      size: d.size,
      nedlastingLenke: `/dokumenter/${d.dokumentId}`,
    })),
};
