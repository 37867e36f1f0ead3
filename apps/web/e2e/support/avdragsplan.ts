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

const BE_OM_AVDRAG = `mutation BeOmAvdrag($fakturaId: UUID!, $antallAvdrag: Int!) {
  beOmAvdrag(fakturaId: $fakturaId, antallAvdrag: $antallAvdrag) { status avdrag { forfallDato belop } }
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

/** An invoice under a granted avdrag plan, with the ids the fagsystem and the citizen know it by. */
export interface FakturaMedPlan {
  id: string;
  meldingId: string;
  forfallDato: string;
  avdrag: { forfallDato: string; belop: number }[];
}

/**
 * Sets up what a citizen paying by plan has, through the real APIs: Oslo's fagsystem registers a
 * 3 000 kr invoice to `person` due 20 days ago, the citizen (logged in at the dev-idp) asks for
 * three monthly instalments, which Oslo's demo policy grants, and the fagsystem reports a payment
 * of the first one. The next instalment is then about ten days ahead: the invoice is not overdue.
 */
export async function fakturaMedBetaltForsteAvdrag(person: DemoPerson, tittel: string): Promise<FakturaMedPlan> {
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
  const { accessToken } = await loginInnbygger({ issuer: IDPORTEN, pid: person.pid, niva: 4 });
  const { beOmAvdrag } = await somInnbygger<{ beOmAvdrag: { status: string; avdrag: FakturaMedPlan["avdrag"] } }>(
    accessToken,
    BE_OM_AVDRAG,
    { fakturaId: registrerFaktura.id, antallAvdrag: 3 },
  );
  if (beOmAvdrag.status !== "INNVILGET") throw new Error(`avdrag not granted: ${JSON.stringify(beOmAvdrag)}`);
  const forste = beOmAvdrag.avdrag[0];
  if (!forste) throw new Error("a granted plan without instalments");
  await call(INNBETALING, {
    meldingId,
    innbetaling: { belop: forste.belop, dato: osloDato(), referanse: `e2e-${meldingId}` },
  });
  return { id: registrerFaktura.id, meldingId, forfallDato, avdrag: beOmAvdrag.avdrag };
}

/** Oslo's fagsystem cancels the invoice's plan with a reason the citizen sees. */
export async function kansellerAvdragsplan(meldingId: string, arsak: string): Promise<void> {
  const { call } = await fagsystem();
  await call(KANSELLER, { meldingId, arsak });
}
