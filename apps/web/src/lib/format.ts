import { intlLocale, type Locale } from "../i18n/locales.ts";

/** An amount in øre as the citizen reads it: "1 234,50 kr" in Norwegian, "NOK 1,234.50" in English. */
export function formatKroner(ore: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "NOK" }).format(ore / 100);
}

/** A calendar date ("2026-12-24") as "24. desember 2026"; no time zone can move it to another day. */
export function formatDato(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utcMidnight = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(utcMidnight);
}

/** An instant (ISO 8601) as the day it was in Norway, e.g. "24. desember 2026". */
export function formatTidspunktDato(instant: string, locale: Locale): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Europe/Oslo" }).format(parsed);
}

/** An instant (ISO 8601) as the Norwegian date and clock time, e.g. "24. desember 2026 kl. 14:30". */
export function formatTidspunkt(instant: string, locale: Locale): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Oslo",
  }).format(parsed);
}
