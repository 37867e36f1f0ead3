import type { InnsendtSkjemaResolvers, SkjemakladdResolvers } from "../generated/resolvers-types.ts";
import { iso, meldingFelter, meta } from "./melding-felter.ts";

interface Skjemafil {
  filnavn: string;
  mimeType: string;
  size: number;
  nedlastingslenke: string;
}

/** A submitted form. */
export const InnsendtSkjema: InnsendtSkjemaResolvers = {
  ...meldingFelter,
  mottaker: (row) => meta<string>(row, "mottaker") ?? "",
  avsender: (row) => meta<string>(row, "avsender") ?? "",
  innsendtdato: (row) => iso(meta(row, "innsendtdato")) ?? row.sendtDato.toISOString(),
  skjemafil: (row) => meta<Skjemafil>(row, "skjemafil") as Skjemafil,
  vedlegg: (row) => meta<Skjemafil[]>(row, "vedlegg") ?? [],
  url: (row) => meta(row, "url"),
};

/** A form draft. */
export const Skjemakladd: SkjemakladdResolvers = {
  ...meldingFelter,
  mottaker: (row) => meta(row, "mottaker"),
  avsender: (row) => meta(row, "avsender"),
  endretDato: (row) => iso(meta(row, "endretDato")) ?? row.sendtDato.toISOString(),
  url: (row) => meta<string>(row, "url") ?? "",
};
