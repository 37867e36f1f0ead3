import en from "../../messages/en.json";
import nb from "../../messages/nb.json";
import nn from "../../messages/nn.json";
import type { Locale } from "./locales.ts";

/** Every text key; bokmål is the reference the other languages must match. */
export type MessageKey = keyof typeof nb;

/** One language's texts. */
export type Messages = Record<MessageKey, string>;

/** All texts per language; the type makes a key missing in nn or en a compile error too. */
export const MESSAGES: Record<Locale, Messages> = { nb, nn, en };
