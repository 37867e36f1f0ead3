import type { Context } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { Avdragsplan } from "./Avdragsplan.ts";
import { Betalingsutsettelse } from "./Betalingsutsettelse.ts";
import { BetalingsutsettelseForIntegrasjon } from "./BetalingsutsettelseForIntegrasjon.ts";
import { Faktura } from "./Faktura.ts";
import { FakturaForIntegrasjon } from "./FakturaForIntegrasjon.ts";
import { Innbygger } from "./Innbygger.ts";
import { Mutation } from "./Mutation.ts";
import { Query } from "./Query.ts";
import { DateScalar, DateTimeScalar, OreScalar, UUIDScalar } from "./scalars.ts";
import { UtsettelsePolicy } from "./UtsettelsePolicy.ts";

/** Every resolver of the Faktura subgraph, checked against the generated types. */
export const resolvers: Resolvers<Context> = {
  Query,
  Mutation,
  Innbygger,
  Faktura,
  FakturaForIntegrasjon,
  Betalingsutsettelse,
  Avdragsplan,
  BetalingsutsettelseForIntegrasjon,
  UtsettelsePolicy,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Ore: OreScalar,
  UUID: UUIDScalar,
};
