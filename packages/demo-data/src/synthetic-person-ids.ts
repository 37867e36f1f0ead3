import { isValidPersonId } from "@minkommune/auth";

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function kontrollsiffer(digits: number[], weights: number[]): number | null {
  const rest = 11 - (weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11);
  if (rest === 10) return null;
  return rest === 11 ? 0 : rest;
}

/**
 * `antall` distinct synthetic fødselsnummer (Tenor style, month + 80) with correct control
 * digits, for tests and benchmarks that need many recipients; none can belong to a real person.
 * `ar` (two digits) keeps sets made for different purposes apart.
 */
export function synthetiskePersonIder(antall: number, ar = 90): string[] {
  const result: string[] = [];
  const arhundre = String(ar).padStart(2, "0");
  for (let dag = 1; dag <= 28 && result.length < antall; dag++) {
    for (let maned = 81; maned <= 92 && result.length < antall; maned++) {
      for (let individ = 0; individ < 500 && result.length < antall; individ++) {
        const base = `${String(dag).padStart(2, "0")}${maned}${arhundre}${String(individ).padStart(3, "0")}`;
        const digits = [...base].map(Number);
        const k1 = kontrollsiffer(digits, K1);
        if (k1 === null) continue;
        const k2 = kontrollsiffer([...digits, k1], K2);
        if (k2 === null) continue;
        const pid = `${base}${k1}${k2}`;
        if (!isValidPersonId(pid)) throw new Error("generator disagrees with isValidPersonId");
        result.push(pid);
      }
    }
  }
  if (result.length < antall) throw new Error(`could only make ${result.length} person ids`);
  return result;
}
