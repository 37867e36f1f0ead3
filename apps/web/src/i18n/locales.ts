/** Languages the app speaks: bokmål (default), nynorsk, English. */
export const LOCALES = ["nb", "nn", "en"] as const;

/** One of the app's languages. */
export type Locale = (typeof LOCALES)[number];

/** Bokmål unless the citizen has chosen otherwise. */
export const DEFAULT_LOCALE: Locale = "nb";

/** The cookie that remembers the chosen language. */
export const LOCALE_COOKIE = "sprak";

/** A supported language from an untrusted value (cookie, form field), else the default. */
export function parseLocale(value: unknown): Locale {
  return LOCALES.find((locale) => locale === value) ?? DEFAULT_LOCALE;
}

const INTL_LOCALES: Record<Locale, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

/** The BCP 47 tag for number and date formatting (British English for dates like "24 December 2026"). */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}
