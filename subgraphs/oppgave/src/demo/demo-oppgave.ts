import { DEMO_INTEGRASJONER, type DemoKommune } from "@minkommune/demo-data";

/** A demo recipient and the status the seed gives them. */
export interface DemoMottaker {
  pid: string;
  status: "NY" | "FULLFORT";
}

/** One demo oppgave; frist is relative to the day the seed first runs, so the demo never goes stale. */
export interface DemoOppgave {
  /** Fixed id, so seeding again inserts nothing. */
  id: string;
  tittel: string;
  beskrivelse: string;
  handling: string;
  url: string;
  /** Days from the seed day; negative is overdue, null is no frist. */
  fristOmDager: number | null;
  utfortKriterie: "ANY" | "ALL";
  sprak?: "nb" | "nn" | "en" | "se";
  purringIntervallDager?: number;
  mottakere: DemoMottaker[];
}

/** A municipality's demo oppgaver and the demo integration that created them. */
export interface DemoKommuneOppgaver {
  kommune: DemoKommune;
  integrasjonId: string;
  oppgaver: DemoOppgave[];
}

/** The fixed id of demo oppgave `nr` in the municipality with `kommunenummer`. */
export function demoOppgaveId(kommunenummer: string, nr: number): string {
  return `0a9e0000-0000-4000-8000-${kommunenummer}${String(nr).padStart(8, "0")}`;
}

/** The demo integration of a municipality (the one that creates its demo oppgaver). */
export function demoIntegrasjonId(kommune: DemoKommune): string {
  const integrasjon = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === kommune.fiksOrgId);
  if (!integrasjon) throw new Error(`demo-data has no integration for ${kommune.navn}`);
  return integrasjon.integrasjonId;
}
