import type { JournalpostResolvers } from "../generated/resolvers-types.ts";
import { iso, lenker, meldingFelter, meta } from "./melding-felter.ts";

interface Dokument {
  tittel: string;
  filnavn: string;
  mimeType: string;
  storrelse?: number | null;
  lenke?: string | null;
}

/** A journalpost; its mappe is shown only when the citizen can see that too. */
export const Journalpost: JournalpostResolvers = {
  ...meldingFelter,
  journalposttype: (row) => meta<string>(row, "journalposttype") ?? "",
  journaldato: (row) => iso(meta(row, "journaldato")),
  journalpostnummer: (row) => meta(row, "journalpostnummer"),
  journalaar: (row) => meta(row, "journalaar"),
  beskrivelse: (row) => meta(row, "beskrivelse"),
  klagefrist: (row) => iso(meta(row, "klagefrist")),
  korrespondanseparter: (row) =>
    (meta<{ navn: string; korrespondanseparttype: string }[]>(row, "korrespondanseparter") ?? []).map((p) => ({
      navn: p.navn,
      korrespondanseparttype: p.korrespondanseparttype,
    })),
  dokumenter: (row) =>
    (meta<Dokument[]>(row, "dokumenter") ?? []).map((d) => ({
      tittel: d.tittel,
      filnavn: d.filnavn,
      mimeType: d.mimeType,
      storrelse: d.storrelse ?? null,
      lenke: d.lenke ?? null,
    })),
  lenker,
  mappe: async (row, _args, { loaders }) => {
    if (!row.forelderId || row.forelderType !== "mappe") return null;
    const parent = await loaders.melding.load(row.forelderId);
    return parent?.meldingType === "mappe" ? parent : null;
  },
};
