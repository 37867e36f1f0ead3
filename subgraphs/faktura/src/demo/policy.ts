import { OSLO, TRONDHEIM } from "@minkommune/demo-data";
import type { utsettelsePolicy } from "../db/schema.ts";

/**
 * Demo betalingsutsettelse and avdrag policies: both decided by policy (no invoicing system runs
 * locally). Oslo is generous and offers up to 6 instalments of at least 500 kr; Trondheim allows
 * one short postponement, none after inkasso, and no avdrag.
 */
export const DEMO_POLICIES: readonly (typeof utsettelsePolicy.$inferInsert)[] = [
  {
    fiksOrgId: OSLO.fiksOrgId,
    maksDager: 30,
    maksAntallPerFaktura: 2,
    ikkeEtterSendtInkasso: true,
    minimumBelop: 0,
    fagsystemBestemmer: false,
    avdragTillatt: true,
    maksAntallAvdrag: 6,
    minimumAvdragBelop: 50_000,
  },
  {
    fiksOrgId: TRONDHEIM.fiksOrgId,
    maksDager: 14,
    maksAntallPerFaktura: 1,
    ikkeEtterSendtInkasso: true,
    minimumBelop: 50_000,
    fagsystemBestemmer: false,
  },
];
