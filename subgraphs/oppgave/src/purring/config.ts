import { smtpAvsender } from "../notification/epost/smtp-avsender.ts";
import { epostVarsler } from "../notification/epost-varsler.ts";
import { krrHttp } from "../notification/krr/krr-http.ts";
import type { Varsler } from "../notification/port.ts";

/** Where reminders go out: from env SMTP_URL, KRR_URL and MAIL_FROM. */
export interface PurringConfig {
  smtpUrl: string;
  krrUrl: string;
  mailFrom: string;
}

/** The e-mail Varsler for a configuration: KRR over HTTP, SMTP through nodemailer. */
export function varslerFor(config: PurringConfig): Varsler {
  return epostVarsler(krrHttp({ url: config.krrUrl }), smtpAvsender({ url: config.smtpUrl, from: config.mailFrom }));
}
