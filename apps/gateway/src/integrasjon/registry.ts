import { createHash, randomUUID } from "node:crypto";
import type { Privilegium } from "@minkommune/auth";
import type { Database } from "@minkommune/db";
import { eq } from "drizzle-orm";
import { type GatewaySchema, type IntegrasjonRow, integrasjon } from "../db/schema.ts";
import { generatePassword, hashPassword, verifyPassword } from "./password.ts";

/** How long a verified (id, password) pair skips the slow KDF. */
const VERIFIED_TTL_MS = 5 * 60 * 1000;

/** What is needed to register an integration. */
export interface NewIntegrasjon {
  navn: string;
  beskrivelse?: string | undefined;
  fiksOrgId: string;
  autorisertOrgnr: string;
  privilegier: Privilegium[];
  /** Fixed id and password, for the demo seed only; otherwise both are generated. */
  integrasjonId?: string;
  passord?: string;
}

/** The integration registry: creation and credential checks. */
export class IntegrasjonRegistry {
  readonly #db: Database<GatewaySchema>;
  readonly #verified = new Map<string, { fingerprint: string; expires: number; row: IntegrasjonRow }>();

  constructor(db: Database<GatewaySchema>) {
    this.#db = db;
  }

  /** Registers an integration; returns its id and the only copy of its password. */
  async create(input: NewIntegrasjon): Promise<{ integrasjonId: string; passord: string }> {
    const integrasjonId = input.integrasjonId ?? randomUUID();
    const passord = input.passord ?? generatePassword();
    await this.#db
      .insert(integrasjon)
      .values({
        integrasjonId,
        navn: input.navn,
        beskrivelse: input.beskrivelse,
        fiksOrgId: input.fiksOrgId,
        autorisertOrgnr: input.autorisertOrgnr,
        passordHash: await hashPassword(passord),
        privilegier: input.privilegier,
      })
      .onConflictDoNothing();
    return { integrasjonId, passord };
  }

  /**
   * The active integration when the id and password match; null otherwise (unknown id,
   * wrong password or deactivated alike). Successful checks are remembered briefly.
   */
  async verify(integrasjonId: string, passord: string): Promise<IntegrasjonRow | null> {
    const fingerprint = createHash("sha256").update(`${integrasjonId}:${passord}`).digest("base64url");
    const cached = this.#verified.get(integrasjonId);
    if (cached && cached.fingerprint === fingerprint && cached.expires > Date.now()) return cached.row;
    const [row] = await this.#db.select().from(integrasjon).where(eq(integrasjon.integrasjonId, integrasjonId));
    if (!row || row.deaktivert || !(await verifyPassword(passord, row.passordHash))) return null;
    this.#verified.set(integrasjonId, { fingerprint, expires: Date.now() + VERIFIED_TTL_MS, row });
    return row;
  }
}
