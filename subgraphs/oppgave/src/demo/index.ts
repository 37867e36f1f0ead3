import type { DemoKommuneOppgaver } from "./demo-oppgave.ts";
import { OSLO_OPPGAVER } from "./oslo.ts";
import { TRONDHEIM_OPPGAVER } from "./trondheim.ts";

export * from "./demo-oppgave.ts";

/** Every municipality's demo oppgaver. */
export const DEMO_OPPGAVER: readonly DemoKommuneOppgaver[] = [OSLO_OPPGAVER, TRONDHEIM_OPPGAVER];
