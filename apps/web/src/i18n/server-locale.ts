import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale, parseLocale } from "./locales.ts";
import { type Translate, translator } from "./t.ts";

/** The language of this request, from the language cookie (bokmål when unset or unknown). */
export async function currentLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The language of this request and its `t()`. */
export async function getTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await currentLocale();
  return { locale, t: translator(locale) };
}
