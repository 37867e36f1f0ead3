import { and, eq, type SQL } from "drizzle-orm";
import { faktura } from "./schema.ts";

/** The integration acting, for the one municipality it is bound to. */
export interface Eier {
  fiksOrgId: string;
  integrasjonId: string;
}

/** The invoice with this meldingId, when this integration registered it in this municipality. */
export function egenFaktura(eier: Eier, meldingId: string): SQL | undefined {
  return and(
    eq(faktura.fiksOrgId, eier.fiksOrgId),
    eq(faktura.integrasjonId, eier.integrasjonId),
    eq(faktura.meldingId, meldingId.toLowerCase()),
  );
}
