import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { GyldigFaktura } from "../domain/registrer-faktura.ts";
import { registrerFullfortePlaner } from "./avdragsplan.ts";
import { type Eier, egenFaktura } from "./eier.ts";
import type { FakturaDb } from "./fakturaer.ts";
import type { FakturaRow, NyFaktura } from "./rows.ts";
import { faktura, fakturaHendelse } from "./schema.ts";

/** The columns a registration sets; everything the fagsystem says about the invoice. */
export function kolonner(f: GyldigFaktura) {
  return {
    eksponertForType: f.eksponertFor.identifikatorType,
    eksponertFor: f.eksponertFor.verdi,
    sikkerhetsniva: f.sikkerhetsniva,
    tittel: f.tittel,
    fakturaDato: f.fakturaDato,
    forfallDato: f.forfallDato,
    status: f.status,
    fakturaMottaker: f.fakturaMottaker,
    betalesTil: f.betalesTil,
    belop: f.belop,
    gebyr: f.gebyr,
    renter: f.renter,
    andreOmkostninger: f.andreOmkostninger,
    kreditertBelop: f.kreditertBelop,
    kontonummer: f.kontonummer,
    kid: f.kid,
    fakturanummer: f.fakturanummer,
    forsendelseskanal: f.forsendelseskanal,
    kanBetales: f.kanBetales,
    korrigert: f.korrigert,
    pdfUrl: f.faktura?.url ?? null,
    pdfTittel: f.faktura?.tittel ?? null,
    fakturahistorikk: f.fakturahistorikk,
    vedlegg: f.vedlegg,
    lenker: f.lenker,
    kontaktinformasjon: f.kontaktinformasjon,
    kontaktinformasjonInkasso: f.kontaktinformasjonInkasso,
    sendtTilEkstern: f.sendtTilEkstern,
    eksternLenke: f.eksternLenke,
    beskrivelse: f.beskrivelse,
  } satisfies Partial<NyFaktura>;
}

/** The result of a registration: the stored invoice, and whether this call created it. */
export interface Registrert {
  row: FakturaRow;
  opprettet: boolean;
}

/**
 * Creates or overwrites the integration's invoice with this meldingId, in one transaction.
 * Sending the same content again changes nothing and adds no history; a change adds one
 * OPPDATERT entry. innbetaltBelop left out keeps what payments already added up to. A change
 * that leaves nothing owed under an avdrag plan ends the plan, as a payment does.
 */
export async function registrerFaktura(db: FakturaDb, eier: Eier, f: GyldigFaktura, na: Date): Promise<Registrert> {
  const nye = kolonner(f);
  return db.transaction(async (tx) => {
    const [opprettet] = await tx
      .insert(faktura)
      .values({ id: randomUUID(), ...eier, meldingId: f.meldingId, ...nye, innbetaltBelop: f.innbetaltBelop ?? 0 })
      .onConflictDoNothing({ target: [faktura.integrasjonId, faktura.meldingId] })
      .returning();
    if (opprettet) {
      await tx.insert(fakturaHendelse).values(hendelse(opprettet, "REGISTRERT", na));
      return { row: opprettet, opprettet: true };
    }
    const [lagret] = await tx.select().from(faktura).where(egenFaktura(eier, f.meldingId)).for("update");
    // Another integration's invoice with this meldingId is not ours to see: the conflict target
    // includes integrasjon_id, so a missing row here means a concurrent delete, not a stranger's.
    if (!lagret) throw new Error("Invoice vanished during registration");
    const onsket = { ...nye, innbetaltBelop: f.innbetaltBelop ?? lagret.innbetaltBelop };
    if (uendret(lagret, onsket)) return { row: lagret, opprettet: false };
    const [oppdatert] = await tx
      .update(faktura)
      .set({ ...onsket, changed: na })
      .where(egenFaktura(eier, f.meldingId))
      .returning();
    if (!oppdatert) throw new Error("Invoice vanished during update");
    await tx.insert(fakturaHendelse).values(hendelse(oppdatert, "OPPDATERT", na));
    await registrerFullfortePlaner(tx, [oppdatert], na);
    return { row: oppdatert, opprettet: false };
  });
}

function uendret(lagret: FakturaRow, onsket: Partial<FakturaRow>): boolean {
  const kolonnenavn = Object.keys(onsket) as (keyof FakturaRow)[];
  return kolonnenavn.every((k) => isDeepStrictEqual(lagret[k], onsket[k]));
}

/** The history entry of a registration that created or changed the invoice. */
export function hendelse(
  row: Pick<FakturaRow, "id" | "forfallDato" | "status">,
  type: "REGISTRERT" | "OPPDATERT",
  na: Date,
) {
  return { fakturaId: row.id, type, tidspunkt: na, forfallDato: row.forfallDato, status: row.status };
}
