import { z } from "zod";
import type { FakturaRow, UtsettelseRow } from "../db/rows.ts";
import type { PolicyRow } from "../db/utsettelser.ts";
import { utestaendeBelop } from "../domain/belop.ts";
import { avdragFelt, meldingshode } from "./melding.ts";
import { signerteHeadere } from "./signatur.ts";
import { type SignertPost, signertPost } from "./signert-post.ts";

/** Fiks requires the invoicing system's answer within 10 s while the citizen waits. */
export const FAGSYSTEM_TIMEOUT_MS = 10_000;

/** The invoicing system's decision. */
export type Fagsystemsvar = "INNVILGET" | "AVSLATT";

/** Asks the municipality's invoicing system; throws on timeout, error status or a malformed answer. */
export type SporFagsystem = (policy: PolicyRow, request: UtsettelseRow, faktura: FakturaRow) => Promise<Fagsystemsvar>;

const svarSchema = z.object({ innvilget: z.boolean() });

/** The request body. The request id lets the invoicing system answer a repeated question the same way. */
export function foresporselBody(request: UtsettelseRow, faktura: FakturaRow): string {
  return JSON.stringify({
    ...meldingshode(request, faktura, "foresporsel"),
    forfallDato: request.forfallDatoFor,
    onsketForfallDato: request.onsketForfallDato,
    utestaendeBelop: utestaendeBelop(faktura),
    ...avdragFelt(request),
  });
}

/**
 * The HTTP adapter: a signed POST to the policy's fagsystemUrl, abandoned after `timeoutMs`.
 * `post` decides how it connects (default: production rules off, as in development and tests).
 */
export function httpFagsystem(
  options: { timeoutMs?: number; now?: () => Date; post?: SignertPost } = {},
): SporFagsystem {
  const timeoutMs = options.timeoutMs ?? FAGSYSTEM_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());
  const post = options.post ?? signertPost({ production: false });
  return async (policy, request, faktura) => {
    if (!policy.fagsystemUrl || !policy.hemmelighet) throw new Error("The policy names no invoicing system");
    const body = foresporselBody(request, faktura);
    const response = await post(policy.fagsystemUrl, {
      headers: signerteHeadere(policy.hemmelighet, body, now()),
      body,
      timeoutMs,
    });
    if (response.status < 200 || response.status > 299) {
      throw new Error(`The invoicing system answered ${response.status}`);
    }
    const svar = svarSchema.safeParse(lesJson(response.body));
    if (!svar.success) throw new Error("The invoicing system's answer was not {innvilget: boolean}");
    return svar.data.innvilget ? "INNVILGET" : "AVSLATT";
  };
}

function lesJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
