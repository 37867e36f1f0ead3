/** OppgaveForIntegrasjonFelter as the GraphQL operations return it. */
export interface OppgaveForIntegrasjon {
  id: string;
  tittel: string;
  beskrivelse: string;
  handling: string;
  url: string;
  frist: string | null;
  utfortKriterie: "ANY" | "ALL";
  sprak: string | null;
  metadata: string | null;
  varsling: { purringIntervallDager: number };
  mottakere: { personId: string; status: string; statusEndret: string }[];
  fullfort: boolean;
  fullfortTidspunkt: string | null;
  opprettet: string;
  endret: string;
}

// KS leaves optional values out rather than sending null.
function withoutNulls<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as Partial<T>;
}

/**
 * The KS OppgaveHentResponse (mottakere.personIdList) with our additive fields: url, sprak,
 * varsling, each recipient's status (mottakerStatus) and the overall state (fullfort).
 */
export function oppgaveHentResponse(oppgave: OppgaveForIntegrasjon) {
  return withoutNulls({
    id: oppgave.id,
    tittel: oppgave.tittel,
    beskrivelse: oppgave.beskrivelse,
    handling: oppgave.handling,
    frist: oppgave.frist,
    utfortKriterie: oppgave.utfortKriterie,
    mottakere: { personIdList: oppgave.mottakere.map((mottaker) => mottaker.personId) },
    metadata: oppgave.metadata,
    url: oppgave.url,
    sprak: oppgave.sprak,
    varsling: oppgave.varsling,
    mottakerStatus: oppgave.mottakere.map(({ personId, status, statusEndret }) => ({ personId, status, statusEndret })),
    fullfort: oppgave.fullfort,
    fullfortTidspunkt: oppgave.fullfortTidspunkt,
    opprettet: oppgave.opprettet,
    endret: oppgave.endret,
  });
}
