import { randomUUID } from "node:crypto";
import { badInput, conflict } from "@minkommune/subgraph-kit";
import type { OppgaveDb } from "./db/database.ts";
import { type Eier, lagreOppgave, tidligereBruk } from "./db/integrasjon-oppgaver.ts";
import { erGyldigNokkel, foresporselHash, MAX_NOKKEL_LENGDE } from "./domain/idempotens.ts";
import type { GyldigOppgave } from "./domain/opprett-oppgave.ts";

// A claimed key whose oppgave vanished between two reads (deleted) is looked up again; bounded.
const MAKS_FORSOK = 3;

/** The id the key already stands for, or CONFLICT when it was used for another request. */
function svarForBruktNokkel(tidligere: { oppgaveId: string; hash: string }, hash: string): string {
  if (tidligere.hash === hash) return tidligere.oppgaveId;
  throw conflict("idempotencyKey er allerede brukt for en annen forespørsel", "idempotencyKey", {
    id: tidligere.oppgaveId,
  });
}

/**
 * Stores a checked oppgave and returns its id. With an idempotency key, a retry of the same
 * request returns the first id and stores nothing; a different request under the same key
 * fails with CONFLICT naming the existing id. Two identical requests at the same moment create
 * one oppgave: the key's primary key lets only one transaction claim it (see lagreOppgave).
 */
export async function opprettOppgave(
  db: OppgaveDb,
  eier: Eier,
  oppgave: GyldigOppgave,
  idempotencyKey: string | null | undefined,
): Promise<string> {
  if (idempotencyKey == null) {
    const id = randomUUID();
    await lagreOppgave(db, id, eier, oppgave);
    return id;
  }
  if (!erGyldigNokkel(idempotencyKey)) {
    throw badInput("idempotencyKey", `idempotencyKey må være 1 til ${MAX_NOKKEL_LENGDE} skrivbare ASCII-tegn`);
  }
  const hash = foresporselHash(oppgave);
  for (let forsok = 0; forsok < MAKS_FORSOK; forsok++) {
    // The usual retry finds the key at once, without writing anything.
    const tidligere = await tidligereBruk(db, eier, idempotencyKey);
    if (tidligere) return svarForBruktNokkel(tidligere, hash);
    const id = randomUUID();
    if ((await lagreOppgave(db, id, eier, oppgave, { nokkel: idempotencyKey, hash })) === "lagret") return id;
  }
  throw new Error("idempotencyKey kunne ikke avgjøres");
}
