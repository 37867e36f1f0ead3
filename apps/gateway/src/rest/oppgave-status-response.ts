/** SettOppgaveStatus's selection as the GraphQL operation returns it. */
export interface OppgaveStatusEndret {
  id: string;
  utfortKriterie: "ANY" | "ALL";
  fullfort: boolean;
  fullfortTidspunkt: string | null;
  mottaker: MottakerStatus | null;
}

interface MottakerStatus {
  personId: string;
  status: string;
  statusEndret: string;
}

/** OppgaveStatusResponse: the recipient's status after the PUT and the oppgave's overall state. */
export function oppgaveStatusResponse(endret: OppgaveStatusEndret, mottaker: MottakerStatus) {
  return {
    id: endret.id,
    personId: mottaker.personId,
    status: mottaker.status,
    statusEndret: mottaker.statusEndret,
    utfortKriterie: endret.utfortKriterie,
    fullfort: endret.fullfort,
    // KS leaves optional values out rather than sending null.
    ...(endret.fullfortTidspunkt ? { fullfortTidspunkt: endret.fullfortTidspunkt } : {}),
  };
}
