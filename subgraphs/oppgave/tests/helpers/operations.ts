import { KARI, OLA } from "@minkommune/demo-data";

/** KS opprettOppgave as a fagsystem sends it through the gateway. */
export const OPPRETT_OPPGAVE = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $oppgave: OppgaveOpprettInput!) {
    opprettOppgave(fiksOrgId: $fiksOrgId, oppgave: $oppgave) { id }
  }
`;

/** KS hentOppgave: the creating integration reads its oppgave back with every recipient. */
export const HENT_OPPGAVE = /* GraphQL */ `
  query ($fiksOrgId: UUID!, $oppgaveId: UUID!) {
    oppgave(fiksOrgId: $fiksOrgId, oppgaveId: $oppgaveId) {
      id tittel beskrivelse handling url frist utfortKriterie sprak metadata fullfort
      varsling { purringIntervallDager }
      mottakere { personId status statusEndret }
    }
  }
`;

/** A valid opprettOppgave input for Kari and Ola. */
export function gyldigOppgave(): Record<string, unknown> {
  return {
    tittel: "Gi samtykke til deling av skoledata",
    beskrivelse: "Skolen ber om samtykke til å dele karakterer med kulturskolen.",
    handling: "Gi samtykke",
    url: "https://www.oslo.kommune.no/skole-og-utdanning/samtykke/",
    frist: "2026-09-01",
    utfortKriterie: "ALL",
    sprak: "nb",
    mottakere: { personIdList: [KARI.pid, OLA.pid] },
    varsling: { purringIntervallDager: 5 },
    metadata: "sak-2026/1234",
  };
}

/** The result shapes of the operations above. */
export type OpprettData = { opprettOppgave: { id: string } | null };
export type HentData = {
  oppgave: {
    id: string;
    mottakere: { personId: string; status: string; statusEndret: string }[];
    [field: string]: unknown;
  } | null;
};
