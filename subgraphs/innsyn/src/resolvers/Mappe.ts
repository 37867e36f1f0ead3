import type { MappeResolvers } from "../generated/resolvers-types.ts";
import { meldingSide } from "./connection.ts";
import { iso, lenker, meldingFelter, meta } from "./melding-felter.ts";

interface Part {
  type: string;
  rolle: string;
  navn: string;
}
type Adresse = { adresselinje1?: string | null; postnummer?: string | null; poststed?: string | null } | null;
type Matrikkel = Record<string, string | number | null | undefined> | null;

const milepel = (m: { navn: string; startdato: string; sluttdato?: string | null; beskrivelse?: string | null }) => ({
  navn: m.navn,
  startdato: iso(m.startdato) ?? "",
  sluttdato: iso(m.sluttdato),
  beskrivelse: m.beskrivelse ?? null,
});

/** A case folder; its journalposter are the citizen's visible meldinger whose forelder it is. */
export const Mappe: MappeResolvers = {
  ...meldingFelter,
  mappetype: (row) => meta<string>(row, "type") ?? "SAK",
  mappeId: (row) => meta(row, "mappeId"),
  beskrivelse: (row) => meta(row, "beskrivelse"),
  saksansvarlig: (row) => meta(row, "saksansvarlig"),
  saksdato: (row) => iso(meta(row, "saksdato")),
  sistOppdatert: (row) => iso(meta(row, "sistOppdatert")),
  avsluttet: (row) => iso(meta(row, "avsluttet")),
  // Ids of parties (fødselsnummer, orgnr) are kept but never shown.
  parter: (row) =>
    [meta<Part>(row, "minPart"), ...(meta<Part[]>(row, "andreParter") ?? [])]
      .filter((p): p is Part => p != null)
      .map((p) => ({ type: p.type, rolle: p.rolle, navn: p.navn })),
  milepeler: (row) => (meta<Parameters<typeof milepel>[0][]>(row, "milepeler") ?? []).map(milepel),
  navaerendeMilepel: (row) => {
    const current = meta<Parameters<typeof milepel>[0]>(row, "navaerendeMilepel");
    return current ? milepel(current) : null;
  },
  eiendommer: (row) =>
    (meta<({ matrikkel?: Matrikkel; adresse?: Adresse } | null)[]>(row, "eiendommer") ?? [])
      .filter((e) => e != null)
      .map((e) => ({
        kommunenummer: (e.matrikkel?.kommunenummer as string) ?? null,
        gardsnummer: (e.matrikkel?.gardsnummer as string) ?? null,
        bruksnummer: (e.matrikkel?.bruksnummer as string) ?? null,
        festenummer: (e.matrikkel?.festenummer as string) ?? null,
        seksjonsnummer: (e.matrikkel?.seksjonsnummer as string) ?? null,
        adresselinje1: e.adresse?.adresselinje1 ?? null,
        postnummer: e.adresse?.postnummer ?? null,
        poststed: e.adresse?.poststed ?? null,
      })),
  lenker,
  journalposter: (row, { first, after }, context) =>
    meldingSide(context, { typer: ["journalpost"], forelderId: row.meldingId }, { first, after }),
};
