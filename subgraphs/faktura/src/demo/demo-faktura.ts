import { DEMO_INTEGRASJONER, type DemoKommune, type DemoPerson, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import type { NyFaktura } from "../db/rows.ts";
import { kidMod10Kontrollsiffer, kidMod11Kontrollsiffer } from "../domain/kid.ts";

/**
 * The demo invoices: KARI and OLA, each with invoices from Oslo and Trondheim in every status.
 * Amounts are øre; ids are fixed so seeding again changes nothing. Oslo uses mod-10 KIDs and
 * Trondheim mod-11, so both algorithms are exercised.
 */

/** Each municipality's (synthetic, mod-11 valid) account for incoming payments. */
const KONTONUMMER: Record<string, string> = { [OSLO.fiksOrgId]: "15032718407", [TRONDHEIM.fiksOrgId]: "42001122333" };

/** What differs between demo invoices; the rest follows from person and kommune. */
export type Demo = Pick<NyFaktura, "tittel" | "fakturaDato" | "forfallDato" | "status" | "belop"> &
  Partial<Pick<NyFaktura, "innbetaltBelop" | "gebyr" | "renter" | "andreOmkostninger" | "kreditertBelop">> &
  Partial<Pick<NyFaktura, "kanBetales" | "korrigert" | "forsendelseskanal">> & { niva?: 3 | 4 };

/** A demo invoice with fixed id `fa000000-0000-4000-8000-00000000<nr>`. */
export function demo(nr: string, person: DemoPerson, kommune: DemoKommune, fakturanummer: string, d: Demo): NyFaktura {
  const integrasjon = DEMO_INTEGRASJONER.find((i) => i.fiksOrgId === kommune.fiksOrgId);
  if (!integrasjon) throw new Error(`No demo integration for ${kommune.navn}`);
  const kontroll = kommune === OSLO ? kidMod10Kontrollsiffer : kidMod11Kontrollsiffer;
  const { niva, ...felter } = d;
  return {
    id: `fa000000-0000-4000-8000-00000000${nr}`,
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
    ...felter,
  };
}
