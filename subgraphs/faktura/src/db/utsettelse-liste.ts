import { and, asc, eq, gt } from "drizzle-orm";
import type { Eier } from "./eier.ts";
import type { FakturaDb } from "./fakturaer.ts";
import type { UtsettelseRow } from "./rows.ts";
import { betalingsutsettelse, faktura } from "./schema.ts";

/** A request as the fagsystem lists it: with its invoice's meldingId and fakturanummer. */
export type UtsettelseMedFaktura = UtsettelseRow & { meldingId: string; fakturanummer: string | null };

/** One page of the requests on this integration's invoices, in arrival order after `etterNr`. */
export async function utsettelserForIntegrasjon(
  db: FakturaDb,
  eier: Eier,
  etterNr: number | null,
  first: number,
): Promise<{ rows: UtsettelseMedFaktura[]; hasNextPage: boolean }> {
  const rows = await db
    .select({ request: betalingsutsettelse, meldingId: faktura.meldingId, fakturanummer: faktura.fakturanummer })
    .from(betalingsutsettelse)
    .innerJoin(faktura, eq(faktura.id, betalingsutsettelse.fakturaId))
    .where(
      and(
        eq(betalingsutsettelse.fiksOrgId, eier.fiksOrgId),
        eq(betalingsutsettelse.integrasjonId, eier.integrasjonId),
        etterNr == null ? undefined : gt(betalingsutsettelse.nr, etterNr),
      ),
    )
    .orderBy(asc(betalingsutsettelse.nr))
    .limit(first + 1);
  return {
    rows: rows.slice(0, first).map((r) => ({ ...r.request, meldingId: r.meldingId, fakturanummer: r.fakturanummer })),
    hasNextPage: rows.length > first,
  };
}
