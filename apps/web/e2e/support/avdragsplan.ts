import { randomUUID } from "node:crypto";
import { type DemoPerson, OSLO } from "@minkommune/demo-data";
import { loginInnbygger } from "@minkommune/dev-idp/client";
import { PORTS } from "../stack/services.ts";
import { fagsystem } from "./fagsystem.ts";

const GATEWAY = `http://127.0.0.1:${PORTS.gateway}/graphql`;
const IDPORTEN = `http://localhost:${PORTS.devIdp}/idporten`;

const REGISTRER = `mutation Registrer($fiksOrgId: UUID!, $faktura: FakturaInput!) {
  registrerFaktura(fiksOrgId: $fiksOrgId, faktura: $faktura) { id meldingId }
}`;

const AVDRAGSPLAN = `query Avdragsplan($id: UUID!) {
  meg { faktura(id: $id) { avdragsplan { forfallDato belop } } }
}`;

const INNBETALING = `mutation Betal($fiksOrgId: UUID!, $meldingId: UUID!, $innbetaling: InnbetalingInput!) {
  registrerInnbetaling(fiksOrgId: $fiksOrgId, meldingId: $meldingId, innbetaling: $innbetaling) { id }
}`;

const KANSELLER = `mutation Kanseller($fiksOrgId: UUID!, $meldingId: UUID!, $arsak: String!) {
  kansellerAvdragsplan(fiksOrgId: $fiksOrgId, meldingId: $meldingId, arsak: $arsak) { avdragsplanStatus }
}`;

/** Today in Oslo, `days` moved, as YYYY-MM-DD. */
export function osloDato(days = 0): string {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "20. desember 2026": a calendar date as the web app shows it in bokmål. */
export function norskDato(dato: string): string {
  return new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${dato}T00:00:00Z`));
}

/** Runs one operation through the gateway as the signed-in citizen; fails on any error. */
async function somInnbygger<T>(accessToken: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(GATEWAY, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors || !body.data)
    throw new Error(`innbygger: ${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

/** An unpaid invoice, with the ids the fagsystem and the citizen know it by. */
export interface UbetaltFaktura {
  id: string;
  meldingId: string;
  forfallDato: string;
}

/**
 * What a citizen about to ask for a plan has, through the real API: Oslo's fagsystem registers
 * a 3 000 kr invoice to `person` due 20 days ago. Oslo's demo policy grants three instalments.
 */
export async function ubetaltFaktura(person: DemoPerson, tittel: string): Promise<UbetaltFaktura> {
  const { call } = await fagsystem();
  const meldingId = randomUUID();
  const forfallDato = osloDato(-20);
  const faktura = {
    meldingId,
    sikkerhetsniva: 3,
    eksponertFor: { identifikatorType: "FODSELSNUMMER", verdi: person.pid },
    tittel,
    fakturaDato: osloDato(-40),
    forfallDato,
    status: "IKKE_BETALT",
    fakturaMottaker: person.navn,
    betalesTil: OSLO.navn,
    belop: 300_000,
    kontonummer: "15032718407",
  };
  const { registrerFaktura } = await call<{ registrerFaktura: { id: string } }>(REGISTRER, { faktura });
  return { id: registrerFaktura.id, meldingId, forfallDato };
}

/** The invoice's instalments as the citizen's API shows them (logged in at the dev-idp). */
export async function avdragsplanen(
  person: DemoPerson,
  fakturaId: string,
): Promise<{ forfallDato: string; belop: number }[]> {
  const { accessToken } = await loginInnbygger({ issuer: IDPORTEN, pid: person.pid, niva: 4 });
  type Svar = { meg: { faktura: { avdragsplan: { forfallDato: string; belop: number }[] | null } | null } };
  const { meg } = await somInnbygger<Svar>(accessToken, AVDRAGSPLAN, { id: fakturaId });
  return meg.faktura?.avdragsplan ?? [];
}

/** Oslo's fagsystem reports a payment of `belop` øre on the invoice today. */
export async function registrerInnbetaling(meldingId: string, belop: number): Promise<void> {
  const { call } = await fagsystem();
  await call(INNBETALING, { meldingId, innbetaling: { belop, dato: osloDato(), referanse: `e2e-${meldingId}` } });
}

/** Oslo's fagsystem cancels the invoice's plan with a reason the citizen sees. */
export async function kansellerAvdragsplan(meldingId: string, arsak: string): Promise<void> {
  const { call } = await fagsystem();
  await call(KANSELLER, { meldingId, arsak });
}
