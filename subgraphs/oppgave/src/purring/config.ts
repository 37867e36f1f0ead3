import { smtpAvsender } from "../notification/epost/smtp-avsender.ts";
import { epostVarsler } from "../notification/epost-varsler.ts";
import { type KrrAccessToken, krrHttp } from "../notification/krr/krr-http.ts";
import type { Varsler } from "../notification/port.ts";

/** Where reminders go out: from env SMTP_URL, KRR_URL and MAIL_FROM. */
export interface PurringConfig {
  smtpUrl: string;
  krrUrl: string;
  mailFrom: string;
}

/**
 * The e-mail Varsler for a configuration: KRR over HTTP, SMTP through nodemailer. KRR lookups
 * carry a token from `krrAccessToken` when one is given (the real KRR requires it).
 */
export function varslerFor(config: PurringConfig, krrAccessToken?: KrrAccessToken): Varsler {
  return epostVarsler(
    krrHttp({ url: config.krrUrl, accessToken: krrAccessToken }),
    smtpAvsender({ url: config.smtpUrl, from: config.mailFrom }),
  );
}
