import type { OppgaveStatus } from "../generated/graphql.ts";

/** Today's calendar date in Norway (YYYY-MM-DD): deadlines are Norwegian calendar days. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(now);
}

/** True when an open task's deadline (a calendar date) was before today; the deadline day itself still counts. */
export function isOverdue(frist: string | null | undefined, today: string): boolean {
  return typeof frist === "string" && frist < today;
}

/** How a task stands for this citizen. */
export type OppgaveState = "apen" | "fullfortAvDeg" | "venterPaAndre" | "fullfortAvAnnen";

/**
 * The citizen's own status read together with the task's overall state: a shared task
 * (utfortKriterie ANY) that someone else completed is done although the citizen did nothing,
 * and one that needs everyone (ALL) stays open after the citizen's own part.
 */
export function oppgaveState(oppgave: { status: OppgaveStatus; fullfort: boolean }): OppgaveState {
  if (oppgave.status === "FULLFORT") return oppgave.fullfort ? "fullfortAvDeg" : "venterPaAndre";
  return oppgave.fullfort ? "fullfortAvAnnen" : "apen";
}

/** Only http(s) task links become buttons; anything else from a fagsystem is not followed. */
export function safeTaskUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
