/**
 * Synthetic demo data shared by the seeders, the local identity provider and `dev:token`.
 * Every person id is a synthetic test number (month + 80), never a real person's.
 * The integration passwords and client secrets are for local demo use only.
 */

/** A municipality as Fiks knows it. */
export interface DemoKommune {
  fiksOrgId: string;
  kommunenummer: string;
  navn: string;
  orgnr: string;
}

/** A test person who can log in at dev-idp, with what dev-krr (the KRR stand-in) holds for them. */
export interface DemoPerson {
  pid: string;
  navn: string;
  /** The e-mail address registered in KRR; absent when the person registered none. */
  epostadresse?: string;
  /** Reserved against digital contact from the public sector (KRR reservasjon JA). */
  reservert?: boolean;
}

/** A fagsystem integration for one municipality, with its Maskinporten client at dev-idp. */
export interface DemoIntegrasjon {
  integrasjonId: string;
  passord: string;
  navn: string;
  fiksOrgId: string;
  /** The vendor's orgnr: the integration's autorisert organisasjon and the token's consumer. */
  orgnr: string;
  maskinportenClientId: string;
  maskinportenClientSecret: string;
  privilegier: ("INNSYN_INDEX" | "OPPGAVE" | "FAKTURA")[];
}

export const OSLO: DemoKommune = {
  fiksOrgId: "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301",
  kommunenummer: "0301",
  navn: "Oslo kommune",
  orgnr: "974760673",
};

export const TRONDHEIM: DemoKommune = {
  fiksOrgId: "5d1c7b2e-8e0a-4b43-a0de-7a6f1c9e5001",
  kommunenummer: "5001",
  navn: "Trondheim kommune",
  orgnr: "942110464",
};

export const DEMO_KOMMUNER: readonly DemoKommune[] = [OSLO, TRONDHEIM];

// E-mail addresses use example.com (RFC 2606), so no demo reminder can reach a real mailbox.
export const KARI: DemoPerson = {
  pid: "12858510048",
  navn: "Kari Nordmann",
  epostadresse: "kari.nordmann@example.com",
};
export const OLA: DemoPerson = { pid: "02927810150", navn: "Ola Nordmann", epostadresse: "ola.nordmann@example.com" };
export const INGRID: DemoPerson = {
  pid: "15849010260",
  navn: "Ingrid Hansen",
  epostadresse: "ingrid.hansen@example.com",
};
export const JONAS: DemoPerson = {
  pid: "31836510014",
  navn: "Jonas Berg",
  epostadresse: "jonas.berg@example.com",
  reservert: true,
};

export const DEMO_PERSONER: readonly DemoPerson[] = [KARI, OLA, INGRID, JONAS];

export const DEMO_INTEGRASJONER: readonly DemoIntegrasjon[] = [
  {
    integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-0301a0000001",
    passord: "demo-oslo-fagsystem-passord",
    navn: "Demo fagsystem Oslo",
    fiksOrgId: OSLO.fiksOrgId,
    orgnr: "310000019",
    maskinportenClientId: "demo-fagsystem-oslo",
    maskinportenClientSecret: "demo-fagsystem-oslo-secret",
    privilegier: ["INNSYN_INDEX", "OPPGAVE", "FAKTURA"],
  },
  {
    integrasjonId: "7b0f3c57-0c8e-4c59-8d8a-5001a0000001",
    passord: "demo-trondheim-fagsystem-passord",
    navn: "Demo fagsystem Trondheim",
    fiksOrgId: TRONDHEIM.fiksOrgId,
    orgnr: "310000027",
    maskinportenClientId: "demo-fagsystem-trondheim",
    maskinportenClientSecret: "demo-fagsystem-trondheim-secret",
    privilegier: ["INNSYN_INDEX", "OPPGAVE", "FAKTURA"],
  },
];

/** Finds a demo municipality by fiksOrgId or kommunenummer. */
export function findKommune(idOrNummer: string): DemoKommune | undefined {
  return DEMO_KOMMUNER.find((k) => k.fiksOrgId === idOrNummer || k.kommunenummer === idOrNummer);
}
export * from "./kommunale-tjenester.ts";
export * from "./minimal-pdf.ts";
export { synthetiskePersonIder } from "./synthetic-person-ids.ts";
export * from "./tilganger.ts";
