import type { IntegrasjonPrincipal, Principal } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, type DemoIntegrasjon, INGRID, KARI, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { innbygger } from "@minkommune/subgraph-kit/testing";
import { demoOppgaveId } from "../../src/demo/index.ts";

/** The day tests seed the demo data on, so relative deadlines become fixed dates. */
export const SEED_DAY = "2026-06-15";

/** Demo oppgave `nr` of Oslo and of Trondheim. */
export const osloOppgave = (nr: number) => demoOppgaveId(OSLO.kommunenummer, nr);
export const trondheimOppgave = (nr: number) => demoOppgaveId(TRONDHEIM.kommunenummer, nr);

/** Citizens as the gateway would send them. */
export const kari = innbygger(KARI.pid, 4);
export const ola = innbygger(OLA.pid, 4);
export const ingrid = innbygger(INGRID.pid, 3);

function demoIntegrasjon(fiksOrgId: string): DemoIntegrasjon {
  const found = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === fiksOrgId);
  if (!found) throw new Error("demo-data lacks an integration");
  return found;
}

/** An integration principal for a demo integration, optionally with other privileges or id. */
export function integrasjon(
  fiksOrgId: string,
  overrides: Partial<Omit<IntegrasjonPrincipal, "type">> = {},
): IntegrasjonPrincipal {
  const demo = demoIntegrasjon(fiksOrgId);
  return {
    type: "integrasjon",
    integrasjonId: demo.integrasjonId,
    fiksOrgId: demo.fiksOrgId,
    orgnr: demo.orgnr,
    privilegier: demo.privilegier,
    ...overrides,
  };
}

/** The demo fagsystems of Oslo and Trondheim, both holding OPPGAVE. */
export const osloIntegrasjon = integrasjon(OSLO.fiksOrgId);
export const trondheimIntegrasjon = integrasjon(TRONDHEIM.fiksOrgId);

/** The entity key of a citizen principal (its opaque innbyggerId). */
export function innbyggerKey(principal: Principal): string {
  if (principal.type !== "innbygger") throw new Error("not a citizen");
  return principal.innbyggerId;
}
