import { createTransport } from "nodemailer";
import { IkkeLevertError, type Leveranse, type NaabarAdressat, type Purringsmelding } from "../port.ts";
import { purringTekst } from "../purring-tekst.ts";

/** Where to send mail from and through. */
export interface SmtpOptions {
  /** smtp://host:port, smtps://… for implicit TLS; user and password in the URL when the server wants them. */
  url: string;
  /** The From header, e.g. "Min kommune <ikke-svar@minkommune.no>". */
  from: string;
}

/** Sends one reminder e-mail; the other half of the e-mail adapter besides the KRR lookup. */
export interface SmtpAvsender {
  send(adressat: NaabarAdressat, melding: Purringsmelding): Promise<Leveranse>;
  close(): Promise<void>;
}

/** The deterministic Message-ID of a reminder: the same purring always carries the same id. */
export function purringMessageId(purringId: string, from: string): string {
  const domene = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<purring.${purringId}@${domene}>`;
}

interface SmtpFeil {
  responseCode?: number;
  code?: string;
}

// A 5xx reply is the server's final word on this address.
const erAvvist = (e: SmtpFeil) => e.responseCode !== undefined && e.responseCode >= 500 && e.responseCode < 600;

// A 4xx reply, or no connection at all: the message certainly did not go out.
const ikkeLevert = (e: SmtpFeil) =>
  (e.responseCode !== undefined && e.responseCode >= 400 && e.responseCode < 500) ||
  e.code === "ECONNECTION" ||
  e.code === "EDNS";

/** The SMTP sender on nodemailer, with a small connection pool for batches. */
export function smtpAvsender(options: SmtpOptions): SmtpAvsender {
  const url = new URL(options.url);
  const transport = createTransport({
    pool: true,
    maxConnections: 2,
    // A server that stops answering fails the send well within the job's lease.
    socketTimeout: 60_000,
    host: url.hostname,
    port: Number(url.port || (url.protocol === "smtps:" ? 465 : 25)),
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  });
  return {
    async send(adressat, melding) {
      const { emne, tekst } = purringTekst(melding.oppgave);
      try {
        await transport.sendMail({
          from: options.from,
          to: adressat.adresse,
          subject: emne,
          text: tekst,
          messageId: purringMessageId(melding.purringId, options.from),
          // RFC 3834: an automatic message, so auto-responders stay quiet.
          headers: { "Auto-Submitted": "auto-generated" },
        });
        return { levert: true };
      } catch (error) {
        const feil = error as SmtpFeil;
        if (erAvvist(feil)) return { levert: false, arsak: "AVVIST" };
        // Only the reply code: the server's message could name the recipient's address.
        const beskrivelse = `SMTP sending failed (${feil.responseCode ?? feil.code ?? "unknown"})`;
        throw ikkeLevert(feil) ? new IkkeLevertError(beskrivelse) : new Error(beskrivelse);
      }
    },
    async close() {
      transport.close();
    },
  };
}
