/** The task the benchmarks create: a school's request to confirm an SFO place, to `personIdList`. */
export const oppgaveTil = (personIdList: string[]) => ({
  tittel: "Bekreft plass i SFO",
  beskrivelse: "Bekreft at barnet skal ha plass i SFO fra august.",
  handling: "Bekreft plass",
  url: "https://skole.example.no/sfo/bekreft",
  frist: "2027-06-01",
  utfortKriterie: "ALL",
  mottakere: { personIdList },
});

/** The GraphQL mutation behind POST …/oppgaver, without the REST adapter's idempotency key. */
export const OPPRETT_OPPGAVE = `mutation OpprettOppgave($fiksOrgId: UUID!, $oppgave: OppgaveOpprettInput!) {
  opprettOppgave(fiksOrgId: $fiksOrgId, oppgave: $oppgave) { id }
}`;
