import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * How Min kommune signs what it sends a municipality's endpoints: HMAC-SHA256 with the
 * municipality's secret over "<tidspunkt>.<body>", so a receiver can check both origin and
 * freshness (reject old timestamps) before trusting the body.
 */

/** Unix seconds when the message was signed. */
export const TIDSPUNKT_HEADER = "x-minkommune-tidspunkt";
/** "sha256=<hex>" of the HMAC. */
export const SIGNATUR_HEADER = "x-minkommune-signatur";

/** The signature of `body` sent at `tidspunkt`. */
export function signatur(hemmelighet: string, tidspunkt: string, body: string): string {
  return `sha256=${createHmac("sha256", hemmelighet).update(`${tidspunkt}.${body}`).digest("hex")}`;
}

/** The headers for a signed JSON request. */
export function signerteHeadere(hemmelighet: string, body: string, na: Date): Record<string, string> {
  const tidspunkt = String(Math.floor(na.getTime() / 1000));
  return {
    "content-type": "application/json",
    [TIDSPUNKT_HEADER]: tidspunkt,
    [SIGNATUR_HEADER]: signatur(hemmelighet, tidspunkt, body),
  };
}

/** What a receiver does: true when the signature matches, compared in constant time. */
export function erGyldigSignatur(hemmelighet: string, tidspunkt: string, body: string, mottatt: string): boolean {
  const forventet = Buffer.from(signatur(hemmelighet, tidspunkt, body));
  const faktisk = Buffer.from(mottatt);
  return forventet.length === faktisk.length && timingSafeEqual(forventet, faktisk);
}
