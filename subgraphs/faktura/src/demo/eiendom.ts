import { DEMO_EIENDOMMER, INGRID, JONAS, TRONDHEIM } from "@minkommune/demo-data";
import type { NyFaktura } from "../db/rows.ts";
import { demo } from "./demo-faktura.ts";

const huset = DEMO_EIENDOMMER.find((e) => e.eiere.includes(INGRID.pid) && e.eiere.includes(JONAS.pid));
if (!huset) throw new Error("No demo property owned by Ingrid and Jonas");

/**
 * The property-tax invoice on Ingrid and Jonas' house: exposed to the matrikkelnummer, so both
 * co-owners see it through the Tilgangskilde.
 */
export const EIENDOM_FAKTURAER: readonly NyFaktura[] = [
  {
    ...demo("3001", INGRID, TRONDHEIM, "5001260401", {
      tittel: "Eiendomsskatt 2026, 2. termin",
      fakturaDato: "2026-05-10",
      forfallDato: "2026-06-30",
      status: "IKKE_BETALT",
      belop: 415_000,
    }),
    eksponertForType: "MATRIKKELNUMMER",
    eksponertFor: huset.matrikkelnummer,
    fakturaMottaker: "Ingrid Hansen og Jonas Berg",
  },
];
