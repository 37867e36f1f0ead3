import type { Locale } from "./locales.ts";
import { MESSAGES, type MessageKey } from "./messages.ts";

/** Values for the `{name}` placeholders of a message. */
export type MessageValues = Record<string, string | number>;

/** Looks up a text in one language and fills in its placeholders. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function interpolate(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** A `t()` for one language. */
export function translator(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, values) => interpolate(messages[key], values);
}

/** The `{name}` placeholders a message uses, sorted; languages must agree on them. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}
