import type { BaseContext } from "@minkommune/subgraph-kit";
import type { FakturaDb, Innsyn } from "./db/fakturaer.ts";
import type { Loaders } from "./loaders.ts";
import type { UtsettelseDeps } from "./utsettelse/be-om.ts";

/** What every Faktura resolver gets for one request. */
export interface Context extends BaseContext {
  db: FakturaDb;
  loaders: Loaders;
  /** Today's date in Europe/Oslo when the request arrived, so one request sees one "today". */
  iDag: string;
  /** The request's instant, from the injectable clock. */
  na: Date;
  /** What the signed-in citizen may see, looked up once per request; null for other callers. */
  innsyn: () => Promise<Innsyn | null>;
  /** What deciding betalingsutsettelse requests needs. */
  utsettelse: UtsettelseDeps;
  /** Running as production: endpoints a municipality configures must be https. */
  production: boolean;
}
