import type { Principal } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, INGRID, JONAS, KARI, OLA, OSLO } from "@minkommune/demo-data";
import { innbygger } from "@minkommune/subgraph-kit/testing";

/** The seeded invoice id with the given number (see src/demo/). */
export const fakturaId = (nr: string) => `fa000000-0000-4000-8000-00000000${nr}`;

/** Kari's and Ola's principals at both login levels. */
export const kari4 = innbygger(KARI.pid, 4);
export const kari3 = innbygger(KARI.pid, 3);
export const ola4 = innbygger(OLA.pid, 4);
export const ingrid4 = innbygger(INGRID.pid, 4);
export const jonas4 = innbygger(JONAS.pid, 4);

/** The Oslo demo fagsystem, which holds the FAKTURA privilege. */
const osloIntegrasjon = DEMO_INTEGRASJONER[0];
if (!osloIntegrasjon) throw new Error("demo-data has no integrations");
export const integrasjon: Principal = {
  type: "integrasjon",
  integrasjonId: osloIntegrasjon.integrasjonId,
  fiksOrgId: osloIntegrasjon.fiksOrgId,
  orgnr: osloIntegrasjon.orgnr,
  privilegier: osloIntegrasjon.privilegier,
};

/** The entity key of a citizen principal (its opaque innbyggerId). */
export function innbyggerKey(principal: Principal): string {
  if (principal.type !== "innbygger") throw new Error("not a citizen");
  return principal.innbyggerId;
}

/** The Trondheim demo fagsystem. */
const trondheimIntegrasjon = DEMO_INTEGRASJONER[1];
if (!trondheimIntegrasjon) throw new Error("demo-data has no Trondheim integration");
export const trondheim: Principal = {
  type: "integrasjon",
  integrasjonId: trondheimIntegrasjon.integrasjonId,
  fiksOrgId: trondheimIntegrasjon.fiksOrgId,
  orgnr: trondheimIntegrasjon.orgnr,
  privilegier: trondheimIntegrasjon.privilegier,
};

/** A second Oslo fagsystem with FAKTURA: same municipality, but not the one that registered. */
export const annenOsloIntegrasjon: Principal = {
  type: "integrasjon",
  integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a00000ff",
  fiksOrgId: OSLO.fiksOrgId,
  orgnr: "310000035",
  privilegier: ["FAKTURA"],
};

/** The Oslo demo integration without the FAKTURA privilege. */
export const osloUtenFaktura: Principal = { ...integrasjon, privilegier: ["INNSYN_INDEX", "OPPGAVE"] };
