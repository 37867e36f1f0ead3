import { KARI, OLA } from "@minkommune/demo-data";

/** KS opprettOppgave as a fagsystem sends it through the gateway. */
export const OPPRETT_OPPGAVE = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $oppgave: OppgaveOpprettInput!, $idempotencyKey: String) {
    opprettOppgave(fiksOrgId: $fiksOrgId, oppgave: $oppgave, idempotencyKey: $idempotencyKey) { id }
  }
`;

/** The KS PUT …/status: one recipient's new status, answered with the oppgave's state. */
export const SETT_STATUS = /* GraphQL */ `
  mutation ($fiksOrgId: UUID!, $oppgaveId: UUID!, $status: OppgaveStatusInput!) {
    settOppgaveStatus(fiksOrgId: $fiksOrgId, oppgaveId: $oppgaveId, status: $status) {
      id fullfort fullfortTidspunkt opprettet endret
      mottakere { personId status statusEndret }
    }
  }
`;

/** The overall state as the creating integration reads it back. */
export const HENT_TILSTAND = /* GraphQL */ `
  query ($fiksOrgId: UUID!, $oppgaveId: UUID!) {
    oppgave(fiksOrgId: $fiksOrgId, oppgaveId: $oppgaveId) {
      id fullfort fullfortTidspunkt opprettet endret
      mottakere { personId status statusEndret }
    }
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

/** The oppgave's state as SETT_STATUS and HENT_TILSTAND return it. */
export interface Tilstand {
  id: string;
  fullfort: boolean;
  fullfortTidspunkt: string | null;
  opprettet: string;
  endret: string;
  mottakere: { personId: string; status: "NY" | "FULLFORT"; statusEndret: string }[];
}
export type SettStatusData = { settOppgaveStatus: Tilstand | null };
export type TilstandData = { oppgave: Tilstand | null };
