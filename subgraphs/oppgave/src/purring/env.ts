import { z } from "zod";
import type { PurringConfig } from "./config.ts";

/** Where the KRR stand-in (apps/dev-krr) listens in development. */
export const DEV_KRR_URL = "http://127.0.0.1:4500";
const DEV_MAIL_FROM = "Min kommune <ikke-svar@minkommune.example>";

const smtpUrl = z.url({ protocol: /^smtps?$/ });

/**
 * Reads SMTP_URL, KRR_URL and MAIL_FROM. In production all three are required: a deployment
 * that silently sent no reminders would fail citizens unnoticed. In development KRR_URL points
 * at dev-krr and MAIL_FROM has a default, and without SMTP_URL the reminder worker stays off
 * (undefined); rounds already scheduled wait in the queue and run once it is set.
 */
export function readPurringEnv(env: NodeJS.ProcessEnv, production: boolean): PurringConfig | undefined {
  const parsed = z
    .object({
      SMTP_URL: production ? smtpUrl : smtpUrl.optional(),
      KRR_URL: production ? z.url() : z.url().default(DEV_KRR_URL),
      MAIL_FROM: production ? z.string().min(3) : z.string().min(3).default(DEV_MAIL_FROM),
    })
    .parse(env);
  if (!parsed.SMTP_URL) return undefined;
  return { smtpUrl: parsed.SMTP_URL, krrUrl: parsed.KRR_URL, mailFrom: parsed.MAIL_FROM };
}

/**
 * KRR_URL for the citizen's own contact details, which the profile shows whether or not
 * reminders are on: required in production, dev-krr by default in development.
 */
export function readKrrUrl(env: NodeJS.ProcessEnv, production: boolean): string {
  return z.object({ KRR_URL: production ? z.url() : z.url().default(DEV_KRR_URL) }).parse(env).KRR_URL;
}
