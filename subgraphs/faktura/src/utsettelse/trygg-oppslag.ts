import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { erInternAdresse } from "../domain/intern-adresse.ts";

/**
 * A DNS lookup for outgoing requests in production that refuses a name resolving to any
 * internal address (see domain/intern-adresse.ts). Checked here, at connect time, because a
 * name that was public when the municipality saved it can later resolve to 127.0.0.1 or the
 * metadata service. Every address is checked, not just the first: the socket may try them all.
 */
export function tryggOppslag(oppslag: LookupFunction = dnsLookup as LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    oppslag(hostname, { ...options, all: true }, (err, resolved) => {
      if (err) return callback(err, "");
      const adresser: LookupAddress[] = Array.isArray(resolved) ? resolved : [{ address: resolved, family: 4 }];
      const [forste] = adresser;
      if (!forste || adresser.some((a) => erInternAdresse(a.address))) {
        const feil: NodeJS.ErrnoException = new Error(`${hostname} resolves to an internal address; not connecting`);
        feil.code = "EINTERNADRESSE";
        return callback(feil, "");
      }
      if (options.all) return callback(null, adresser);
      callback(null, forste.address, forste.family);
    });
  };
}
