import { OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import type { NyFaktura } from "../db/rows.ts";
import { demo } from "./demo-faktura.ts";

/** Ola's invoices: 7 in all, one of them at level 4. */
export const OLA_FAKTURAER: readonly NyFaktura[] = [
  demo("2001", OLA, TRONDHEIM, "5001260301", {
    tittel: "Kommunale avgifter 1. termin 2026",
    fakturaDato: "2026-01-10",
    forfallDato: "2026-02-28",
    status: "BETALT",
    belop: 389_900,
    innbetaltBelop: 389_900,
    kanBetales: false,
    forsendelseskanal: "AVTALEGIRO",
  }),
  demo("2002", OLA, TRONDHEIM, "5001260302", {
    tittel: "Eiendomsskatt 2026, 1. termin",
    fakturaDato: "2026-02-10",
    forfallDato: "2026-03-31",
    status: "IKKE_BETALT",
    belop: 198_000,
    innbetaltBelop: 98_000,
  }),
  demo("2003", OLA, OSLO, "3010260301", {
    tittel: "SFO april 2026",
    fakturaDato: "2026-03-20",
    forfallDato: "2026-04-20",
    status: "INKASSOVARSEL",
    belop: 298_000,
    gebyr: 3_500,
    renter: 415,
    forsendelseskanal: "EBOKS",
  }),
  demo("2004", OLA, OSLO, "3010260302", {
    tittel: "SFO februar 2026",
    fakturaDato: "2026-01-20",
    forfallDato: "2026-02-20",
    status: "SENDT_INKASSO",
    belop: 298_000,
    gebyr: 3_500,
    renter: 1_870,
    kanBetales: false,
  }),
  demo("2005", OLA, TRONDHEIM, "5001250303", {
    tittel: "Kommunale avgifter 4. termin 2025",
    fakturaDato: "2025-10-05",
    forfallDato: "2025-11-20",
    status: "INKASSO",
    belop: 389_900,
    gebyr: 7_000,
    renter: 9_850,
    forsendelseskanal: "POST",
  }),
  demo("2006", OLA, OSLO, "3010260303", {
    tittel: "Egenandel helsetjenester i hjemmet april 2026",
    fakturaDato: "2026-05-02",
    forfallDato: "2026-06-01",
    status: "IKKE_BETALT",
    belop: 51_200,
    niva: 4,
    forsendelseskanal: "DIGIPOST",
  }),
  demo("2007", OLA, TRONDHEIM, "5001260304", {
    tittel: "Kommunale avgifter 3. termin 2026",
    fakturaDato: "2026-06-05",
    forfallDato: "2026-07-20",
    status: "IKKE_BETALT",
    belop: 389_900,
  }),
];
