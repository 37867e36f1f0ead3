const DAG_MS = 86_400_000;

/**
 * The instant round `runde` is due: `runde` intervals after the oppgave was created. Days are
 * 24 hours, so across a daylight saving change a reminder comes an hour earlier or later on the clock.
 */
export function rundeForfaller(created: Date, intervallDager: number, runde: number): Date {
  return new Date(created.getTime() + runde * intervallDager * DAG_MS);
}

/**
 * The round to schedule after `runde`: the next one, or, when the worker was down for longer
 * than an interval, the first one still in the future, so a backlog never sends a burst.
 */
export function nesteRunde(created: Date, intervallDager: number, runde: number, now: Date): number {
  const passerte = Math.floor((now.getTime() - created.getTime()) / (intervallDager * DAG_MS));
  return Math.max(runde + 1, passerte + 1);
}
