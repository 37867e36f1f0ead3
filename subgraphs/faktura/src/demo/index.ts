import type { NyFaktura } from "../db/rows.ts";
import { EIENDOM_FAKTURAER } from "./eiendom.ts";
import { KARI_FAKTURAER } from "./kari.ts";
import { OLA_FAKTURAER } from "./ola.ts";

/** Every demo invoice: Kari's, Ola's, and the property-tax invoice Ingrid and Jonas share. */
export const DEMO_FAKTURAER: readonly NyFaktura[] = [...KARI_FAKTURAER, ...OLA_FAKTURAER, ...EIENDOM_FAKTURAER];
