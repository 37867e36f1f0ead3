import { DEMO_INTEGRASJONER, type DemoPerson } from "@minkommune/demo-data";
import { fetchMaskinportenToken } from "@minkommune/dev-idp/client";
import { PORTS } from "../stack/services.ts";

const GATEWAY = `http://127.0.0.1:${PORTS.gateway}/graphql`;
const MASKINPORTEN = `http://localhost:${PORTS.devIdp}/maskinporten`;

const OPPRETT = `mutation Opprett($fiksOrgId: UUID!, $oppgave: OppgaveOpprettInput!) {
  opprettOppgave(fiksOrgId: $fiksOrgId, oppgave: $oppgave) { id }
}`;

const SETT_STATUS = `mutation SettStatus($fiksOrgId: UUID!, $oppgaveId: UUID!, $status: OppgaveStatusInput!) {
  settOppgaveStatus(fiksOrgId: $fiksOrgId, oppgaveId: $oppgaveId, status: $status) { id fullfort }
}`;

/** A calendar date `days` from today (UTC is close enough for test deadlines days apart). */
function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The demo Oslo fagsystem: `call` runs an operation as it, with a fresh Maskinporten token. */
export async function fagsystem() {
  const integrasjon = DEMO_INTEGRASJONER[0];
  if (!integrasjon) throw new Error("no demo integrasjon");
  const token = await fetchMaskinportenToken({
    issuer: MASKINPORTEN,
    clientId: integrasjon.maskinportenClientId,
    clientSecret: integrasjon.maskinportenClientSecret,
  });
  /** Runs one operation through the gateway as this fagsystem; fails on any error. */
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(GATEWAY, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        IntegrasjonId: integrasjon.integrasjonId,
        IntegrasjonPassord: integrasjon.passord,
      },
      body: JSON.stringify({ query, variables: { fiksOrgId: integrasjon.fiksOrgId, ...variables } }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!response.ok || body.errors || !body.data)
      throw new Error(`fagsystem: ${response.status} ${JSON.stringify(body)}`);
    return body.data;
  };
  return { call };
}

/** An oppgave as the e2e tests create it: an ANY task for the given recipients. */
function nyOppgave(tittel: string, frist: string, personIds: readonly string[], nummer: number) {
  return {
    tittel,
    beskrivelse: "Laget av e2e-testen.",
    handling: "Gå til skjema",
    url: `https://skjema.example.no/oppgave/${nummer}`,
    frist,
    utfortKriterie: "ANY",
    mottakere: { personIdList: personIds },
  };
}

/**
 * Creates `count` oppgaver for `person` the way a municipality's fagsystem does: a Maskinporten
 * token from the dev-idp and the demo integration's credentials, through the gateway.
 * Deadlines are `firstDay`, `firstDay + 1`, … days from today, so the list order is known.
 */
export async function opprettOppgaver(person: DemoPerson, count: number, prefix: string, firstDay = 30) {
  const { call } = await fagsystem();
  for (let i = 0; i < count; i++) {
    const tittel = `${prefix} ${String(i + 1).padStart(2, "0")}`;
    await call(OPPRETT, { oppgave: nyOppgave(tittel, dateIn(firstDay + i), [person.pid], i + 1) });
  }
}

/** Creates a task shared by `recipients` (done when one of them is) and marks it done for `doer`. */
export async function fellesOppgaveFullfortAv(tittel: string, recipients: readonly DemoPerson[], doer: DemoPerson) {
  const { call } = await fagsystem();
  const created = await call<{ opprettOppgave: { id: string } }>(OPPRETT, {
    oppgave: nyOppgave(
      tittel,
      dateIn(60),
      recipients.map((person) => person.pid),
      100,
    ),
  });
  await call(SETT_STATUS, { oppgaveId: created.opprettOppgave.id, status: { personId: doer.pid, status: "FULLFORT" } });
}
