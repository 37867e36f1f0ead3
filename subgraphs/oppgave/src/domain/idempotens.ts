import { createHash } from "node:crypto";
import type { GyldigOppgave } from "./opprett-oppgave.ts";

/** The longest Idempotency-Key accepted. */
export const MAX_NOKKEL_LENGDE = 200;

// Printable ASCII, as an HTTP header carries it; no leading or trailing space.
const NOKKEL = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** True for an idempotency key of 1 to 200 printable ASCII characters. */
export function erGyldigNokkel(value: string): boolean {
  return value.length <= MAX_NOKKEL_LENGDE && NOKKEL.test(value);
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
function kanoniskJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(kanoniskJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const felter = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${felter.map(([k, v]) => `${JSON.stringify(k)}:${kanoniskJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 (hex) of a checked opprettOppgave request in canonical form. Two requests that store
 * the same oppgave hash alike: texts are already trimmed, defaults filled in, and the recipients
 * compared as a set (order and repeats do not matter).
 */
export function foresporselHash(oppgave: GyldigOppgave): string {
  const personIdList = [...oppgave.mottakere.personIdList].sort();
  const kanonisk = kanoniskJson({ ...oppgave, mottakere: { ...oppgave.mottakere, personIdList } });
  return createHash("sha256").update(kanonisk).digest("hex");
}
