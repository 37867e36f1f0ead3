import type { BaseContext } from "@minkommune/subgraph-kit";
import type { OppgaveDb } from "./db/database.ts";
import type { Loaders } from "./loaders.ts";
import type { Kontaktregister } from "./notification/krr/krr-person.ts";

/** What every Oppgave resolver gets for one request. */
export interface Context extends BaseContext {
  db: OppgaveDb;
  loaders: Loaders;
  /** Running as production (APP_ENV=production): oppgave urls must then be https, even to localhost. */
  production: boolean;
  /** KRR, for the citizen's own contact details; null when none is configured (the field is then UNAVAILABLE). */
  kontaktregister: Kontaktregister | null;
}
