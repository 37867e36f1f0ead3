const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

function osloOffsetMs(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The instant a calendar date (YYYY-MM-DD) begins in Oslo, summer time included. */
export function osloMidnatt(dato: string): Date {
  const utcMidnight = new Date(`${dato}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - osloOffsetMs(utcMidnight));
}
