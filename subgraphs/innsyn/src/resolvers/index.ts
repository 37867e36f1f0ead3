import type { Resolvers } from "../generated/resolvers-types.ts";
import { Forsendelse } from "./Forsendelse.ts";
import { Innbygger } from "./Innbygger.ts";
import { Journalpost } from "./Journalpost.ts";
import { Kommune } from "./Kommune.ts";
import { Mappe } from "./Mappe.ts";
import { Melding } from "./Melding.ts";
import { Mutation } from "./Mutation.ts";
import { Query } from "./Query.ts";
import { InnsendtSkjema, Skjemakladd } from "./Skjema.ts";

/** Every Innsyn resolver. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Innbygger,
  Kommune,
  Melding,
  Forsendelse,
  Mappe,
  Journalpost,
  InnsendtSkjema,
  Skjemakladd,
};
