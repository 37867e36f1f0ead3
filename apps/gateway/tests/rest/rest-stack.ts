import { DEMO_INTEGRASJONER, type DemoIntegrasjon, OLA, OSLO } from "@minkommune/demo-data";
import { fetchMaskinportenToken, loginInnbygger } from "@minkommune/dev-idp/client";
import { expect } from "vitest";
import { startStack } from "../stack.ts";
import { ContractClient } from "./contract-client.ts";

/** The KS base path of the Oppgave API. */
export const API = "/min-kommune/api/v1/api";

/** A valid OppgaveOpprettRequest; tests change one field at a time. */
export function nyOppgave(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tittel: "Gi samtykke",
    beskrivelse: "Samtykke til deling av opplysninger med skolen",
    handling: "Gi samtykke",
    url: "https://skole.example.no/samtykke/123",
    frist: "2027-01-31",
    utfortKriterie: "ANY",
    mottakere: { personIdList: [OLA.pid] },
    ...overrides,
  };
}

/** The Fiks ErrorMessage as the tests read it. */
export interface ErrorMessage {
  timestamp: number;
  status: number;
  error: string;
  errorId: string;
  path: string;
  message: string;
  errorCode: string;
  errorDetails?: Record<string, unknown> & { field?: string };
}

/** Request headers by name. */
export type HeaderMap = Record<string, string>;

/** The oppgaver collection of a municipality. */
export const oppgaverPath = (fiksOrgId = OSLO.fiksOrgId) => `${API}/${fiksOrgId}/oppgaver`;

const [oslo, trondheim] = DEMO_INTEGRASJONER as [DemoIntegrasjon, DemoIntegrasjon];

/** The three headers a demo fagsystem sends: its Maskinporten token and its integration credentials. */
export async function fagsystemHeaders(
  stack: { idp: { maskinportenIssuer: string } },
  integrasjon: DemoIntegrasjon,
): Promise<HeaderMap> {
  const token = await fetchMaskinportenToken({
    issuer: stack.idp.maskinportenIssuer,
    clientId: integrasjon.maskinportenClientId,
    clientSecret: integrasjon.maskinportenClientSecret,
  });
  return {
    authorization: `Bearer ${token}`,
    IntegrasjonId: integrasjon.integrasjonId,
    IntegrasjonPassord: integrasjon.passord,
  };
}

/** An Oslo integration's headers with other credentials: the same token, another IntegrasjonId. */
export const withCredentials = (headers: HeaderMap, credentials: { integrasjonId: string; passord: string }) => ({
  ...headers,
  IntegrasjonId: credentials.integrasjonId,
  IntegrasjonPassord: credentials.passord,
});

/**
 * The REST adapter on the real stack: dev-idp, the Oppgave subgraph (the only one these
 * operations reach) and the gateway, with a client that checks every answer against the
 * served OpenAPI document, and the adapter's log lines captured.
 */
export async function startRestStack() {
  const logLines: Record<string, unknown>[] = [];
  const stack = await startStack({ subgraphs: ["oppgave"], restLog: (entry) => void logLines.push(entry) });
  const api = await ContractClient.connect(stack.url);

  const fagsystem = (integrasjon: DemoIntegrasjon) => fagsystemHeaders(stack, integrasjon);

  // A second integration of Oslo, authorized for the same orgnr: a neighbour, not the creator.
  const naboIntegrasjon = await stack.registry.create({
    navn: "Annet fagsystem Oslo",
    fiksOrgId: OSLO.fiksOrgId,
    autorisertOrgnr: oslo.orgnr,
    privilegier: ["OPPGAVE"],
  });
  const utenOppgavePrivilegium = await stack.registry.create({
    navn: "Fagsystem Oslo uten Oppgave",
    fiksOrgId: OSLO.fiksOrgId,
    autorisertOrgnr: oslo.orgnr,
    privilegier: ["FAKTURA"],
  });
  const osloHeaders = await fagsystem(oslo);

  /** POSTs an oppgave (Oslo's fagsystem unless told) and returns its id; fails the test unless 200. */
  async function opprett(body: Record<string, unknown> = nyOppgave(), headers: HeaderMap = osloHeaders) {
    const response = await api.send("POST", oppgaverPath(), headers, body);
    expect(response.status, response.text).toBe(200);
    return (response.body as { id: string }).id;
  }

  /** GET …/oppgaver/{id}. */
  const hent = (id: string, headers: HeaderMap = osloHeaders, fiksOrgId = OSLO.fiksOrgId) =>
    api.request("GET", `${oppgaverPath(fiksOrgId)}/${id}`, { headers });

  /** PUT …/oppgaver/{id}/status. */
  const settStatus = (id: string, personId: string, status = "FULLFORT", headers: HeaderMap = osloHeaders) =>
    api.send("PUT", `${oppgaverPath()}/${id}/status`, headers, { personId, status });

  return {
    stack,
    api,
    opprett,
    hent,
    settStatus,
    logLines,
    /** Oslo's demo fagsystem, which creates the oppgaver in these tests. */
    oslo: osloHeaders,
    /** Trondheim's demo fagsystem: another municipality. */
    trondheim: await fagsystem(trondheim),
    /** Another integration of Oslo with the Oppgave privilege. */
    nabo: withCredentials(osloHeaders, naboIntegrasjon),
    /** An integration of Oslo without the Oppgave privilege. */
    utenPrivilegium: withCredentials(osloHeaders, utenOppgavePrivilegium),
    /** A citizen's ID-porten token, level 4. */
    innbygger: {
      authorization: `Bearer ${(await loginInnbygger({ issuer: stack.idp.idportenIssuer, pid: OLA.pid, niva: 4 })).accessToken}`,
    },
    close: () => stack.close(),
  };
}

/** A started REST stack. */
export type RestStack = Awaited<ReturnType<typeof startRestStack>>;
