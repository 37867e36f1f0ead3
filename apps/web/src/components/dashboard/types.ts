import type { DashboardQuery } from "../../generated/graphql.ts";

/** The signed-in citizen as the Dashboard operation returns them (parts switched off are absent). */
export type Meg = NonNullable<DashboardQuery["meg"]>;

/** The letters part, present. */
export type BrevPart = { antallUlesteForsendelser: number; forsendelser: NonNullable<Meg["forsendelser"]> };

/** The tasks part, present. */
export type OppgaverPart = NonNullable<Meg["oppgaver"]>;

/** The invoices part, present. */
export type FakturaerPart = {
  fakturaer: NonNullable<Meg["fakturaer"]>;
  fakturaOversikt: NonNullable<Meg["fakturaOversikt"]>;
};

/** "Nytt siden sist", present. */
export type NyttPart = NonNullable<Meg["nyttSidenSist"]>;

/** The municipality's service links, present. */
export type TjenesterPart = NonNullable<Meg["kommunaleTjenester"]>;
