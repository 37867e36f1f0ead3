import { DEMO_TILGANGER, type DemoTilgang } from "@minkommune/demo-data";
import { ingenTilgangskilde, type Tilganger, type Tilgangskilde } from "./tilgangskilde.ts";

/** The local adapter: rights read from fixtures (the shared demo fixtures unless a test gives others). */
export function fixtureTilgangskilde(fixtures: readonly DemoTilgang[] = DEMO_TILGANGER): Tilgangskilde {
  return {
    async tilgangerFor(pids) {
      const svar = new Map<string, Tilganger>();
      for (const pid of pids) {
        const fixture = fixtures.find((f) => f.pid === pid);
        if (fixture)
          svar.set(pid, { organisasjoner: fixture.organisasjoner, matrikkelenheter: fixture.matrikkelenheter });
      }
      return svar;
    },
  };
}

/**
 * The access source a subgraph uses when none is injected: the demo fixtures locally, and in
 * production none, so demo rights can never reach a real person with a colliding id.
 */
export function standardTilgangskilde(options: { production: boolean }): Tilgangskilde {
  return options.production ? ingenTilgangskilde : fixtureTilgangskilde();
}
