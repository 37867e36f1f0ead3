import type { Context } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { Innbygger } from "./Innbygger.ts";
import { Mottaker } from "./Mottaker.ts";
import { Mutation } from "./Mutation.ts";
import { Oppgave } from "./Oppgave.ts";
import { OppgaveForIntegrasjon } from "./OppgaveForIntegrasjon.ts";
import { Query } from "./Query.ts";
import { DateScalar, DateTimeScalar, UUIDScalar } from "./scalars.ts";

/** Every resolver of the Oppgave subgraph, checked against the generated types. */
export const resolvers: Resolvers<Context> = {
  Query,
  Mutation,
  Innbygger,
  Oppgave,
  OppgaveForIntegrasjon,
  Mottaker,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  UUID: UUIDScalar,
};
