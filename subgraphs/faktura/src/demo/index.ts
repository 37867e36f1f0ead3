import type { NyFaktura } from "../db/rows.ts";
import { KARI_FAKTURAER } from "./kari.ts";
import { OLA_FAKTURAER } from "./ola.ts";

/** Every demo invoice: Kari's and Ola's. */
export const DEMO_FAKTURAER: readonly NyFaktura[] = [...KARI_FAKTURAER, ...OLA_FAKTURAER];
