import type { mottaker, oppgave } from "./schema.ts";

/** One oppgave as stored; the parent of every OppgaveForIntegrasjon field resolver. */
export type OppgaveRow = typeof oppgave.$inferSelect;

/**
 * One oppgave as a signed-in recipient sees it: the stored row plus that citizen's own status
 * and when another recipient first completed it (never who).
 */
export type OppgaveForInnbyggerRow = OppgaveRow & {
  status: MottakerRow["status"];
  fullfortAvAnnenMottaker: Date | null;
};

/** One recipient and their status, as the creating integration sees it. */
export type MottakerRow = typeof mottaker.$inferSelect;

/** An oppgave to insert (opprettOppgave and the demo seed). */
export type NyOppgave = typeof oppgave.$inferInsert;

/** A recipient to insert. */
export type NyMottaker = typeof mottaker.$inferInsert;
