import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A received mail, parsed, with the envelope recipient. */
export interface MottattEpost {
  rcptTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server on loopback that keeps every mail it accepts. */
export interface SmtpSink {
  url: string;
  /** Every accepted mail so far, parsed. */
  mottatt(): Promise<MottattEpost[]>;
  /** Answers RCPT TO for this address with the given reply code (4xx: try later, 5xx: refused). */
  avvis(adresse: string, kode: number | null): void;
  close(): Promise<void>;
}

/** Starts the sink on 127.0.0.1 and a free port, without TLS or authentication. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const raw: { rcptTo: string[]; data: Buffer }[] = [];
  const avvisninger = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      const kode = avvisninger.get(address.address);
      if (!kode) return callback();
      callback(Object.assign(new Error(`Mailbox not available (${kode})`), { responseCode: kode }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        // Kept before the 250 reply goes out, so a resolved sendMail means the mail is here.
        raw.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mottatt: () => Promise.all(raw.map(async (r) => ({ rcptTo: r.rcptTo, mail: await simpleParser(r.data) }))),
    avvis(adresse, kode) {
      if (kode === null) avvisninger.delete(adresse);
      else avvisninger.set(adresse, kode);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
