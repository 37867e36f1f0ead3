import { DEMO_INTEGRASJONER, type DemoKommune, type DemoPerson, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import type { NyFaktura } from "../db/rows.ts";
import type { Kontaktinformasjon } from "../domain/faktura-felter.ts";
import { kidMod10Kontrollsiffer, kidMod11Kontrollsiffer } from "../domain/kid.ts";

/**
 * The demo invoices: KARI and OLA, each with invoices from Oslo and Trondheim in every status.
 * Amounts are øre; ids are fixed so seeding again changes nothing. Oslo uses mod-10 KIDs and
 * Trondheim mod-11, so both algorithms are exercised.
 */

/** Each municipality's (synthetic, mod-11 valid) account for incoming payments. */
const KONTONUMMER: Record<string, string> = { [OSLO.fiksOrgId]: "15032718407", [TRONDHEIM.fiksOrgId]: "42001122333" };

/** Where each municipality's (synthetic) invoice PDFs live. */
const PDF_BASE: Record<string, string> = {
  [OSLO.fiksOrgId]: "https://faktura.oslo.kommune.example",
  [TRONDHEIM.fiksOrgId]: "https://faktura.trondheim.kommune.example",
};

/** Who to ask about an invoice, per municipality. */
const KONTAKT: Record<string, Kontaktinformasjon> = {
  [OSLO.fiksOrgId]: kontakt("Oslo kommune, Kemneren", "21 80 21 80", "faktura@oslo.kommune.example"),
  [TRONDHEIM.fiksOrgId]: kontakt(
    "Trondheim kommune, Kommunalteknikk",
    "72 54 00 00",
    "faktura@trondheim.kommune.example",
  ),
};

function kontakt(navn: string, telefonnummer: string, epost: string): Kontaktinformasjon {
  const adresse = {
    navn,
    adresselinje1: null,
    adresselinje2: null,
    adresselinje3: null,
    postnummer: null,
    poststed: null,
    land: null,
  };
  return { navn: null, telefonnummer, epost, fritekst: null, adresse };
}

/** What differs between demo invoices; the rest follows from person and kommune. */
export type Demo = Pick<NyFaktura, "tittel" | "fakturaDato" | "forfallDato" | "status" | "belop"> &
  Partial<Pick<NyFaktura, "innbetaltBelop" | "gebyr" | "renter" | "andreOmkostninger" | "kreditertBelop">> &
  Partial<
    Pick<
      NyFaktura,
      | "kanBetales"
      | "korrigert"
      | "forsendelseskanal"
      | "sendtTilEkstern"
      | "eksternLenke"
      | "kontaktinformasjonInkasso"
      | "beskrivelse"
    >
  > & { niva?: 3 | 4 };

/** A demo invoice with fixed id `fa000000-0000-4000-8000-00000000<nr>`. */
export function demo(nr: string, person: DemoPerson, kommune: DemoKommune, fakturanummer: string, d: Demo): NyFaktura {
  const integrasjon = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === kommune.fiksOrgId);
  if (!integrasjon) throw new Error(`No demo integration for ${kommune.navn}`);
  const kontroll = kommune === OSLO ? kidMod10Kontrollsiffer : kidMod11Kontrollsiffer;
  const { niva, ...felter } = d;
  const id = `fa000000-0000-4000-8000-00000000${nr}`;
  return {
    id,
    meldingId: id,
    fiksOrgId: kommune.fiksOrgId,
    integrasjonId: integrasjon.integrasjonId,
    eksponertFor: person.pid,
    sikkerhetsniva: niva ?? 3,
    fakturaMottaker: person.navn,
    betalesTil: kommune.navn,
    kontonummer: KONTONUMMER[kommune.fiksOrgId] ?? null,
    kid: `${fakturanummer}${kontroll(fakturanummer)}`,
    fakturanummer,
    kanBetales: true,
    forsendelseskanal: "EFAKTURA",
    pdfUrl: `${PDF_BASE[kommune.fiksOrgId]}/${fakturanummer}.pdf`,
    pdfTittel: `Faktura ${fakturanummer}`,
    kontaktinformasjon: KONTAKT[kommune.fiksOrgId] ?? null,
    ...felter,
  };
}
