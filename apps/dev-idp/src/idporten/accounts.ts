import { createHash } from "node:crypto";
import { DEMO_PERSONER } from "@minkommune/demo-data";
import type { Account } from "oidc-provider";

/** A citizen who has logged in at the stand-in. */
export interface Innbygger {
  /** Opaque subject, as ID-porten gives one: never the fødselsnummer itself. */
  sub: string;
  pid: string;
  navn: string;
}

/** A stable, opaque `sub` for a person id, so the same person gets the same subject after a restart. */
export function subjectFor(pid: string): string {
  return createHash("sha256").update(`dev-idp:sub:${pid}`).digest("base64url");
}

/**
 * The people who have logged in, by subject. Sessions and grants live in oidc-provider's in-memory
 * adapter, so this registry lives exactly as long as they do.
 */
export class AccountRegistry {
  readonly #bySub = new Map<string, Innbygger>();

  /** Records a login for `pid` and returns the citizen, named from the demo data when known. */
  register(pid: string): Innbygger {
    const navn = DEMO_PERSONER.find((person) => person.pid === pid)?.navn ?? "Testperson";
    const innbygger = { sub: subjectFor(pid), pid, navn };
    this.#bySub.set(innbygger.sub, innbygger);
    return innbygger;
  }

  /** The citizen with this subject, or undefined. */
  find(sub: string): Innbygger | undefined {
    return this.#bySub.get(sub);
  }

  /** The oidc-provider account for a subject: claims for the ID token (pid, name, locale). */
  account(sub: string): Account | undefined {
    const innbygger = this.find(sub);
    if (!innbygger) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, pid: innbygger.pid, name: innbygger.navn, locale: "nb" }),
    };
  }
}
