import type { Database } from "@minkommune/db";
import { and, count, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type InnsynSchema, innlogging, melding, meldingsstatus } from "./schema.ts";
import { type Innsyner, synligFor } from "./synlighet.ts";

type Db = Database<InnsynSchema>;

/** The state change a citizen asks for; an unset field keeps its value. */
export interface Statusendring {
  lest?: boolean | null | undefined;
  arkivert?: boolean | null | undefined;
}

const keepOrSet = (column: AnyPgColumn, value: boolean | null | undefined) =>
  value == null ? sql`${column}` : value ? sql`coalesce(${column}, now())` : sql`null`;

/**
 * Sets read and/or archived state for the citizen on every melding in `ids`, all or nothing:
 * when one is not visible to them nothing changes and the answer is false (never saying which).
 */
export async function settStatus(db: Db, innsyner: Innsyner, ids: string[], endring: Statusendring) {
  return db.transaction(async (tx) => {
    const [visible] = await tx
      .select({ n: count() })
      .from(melding)
      .where(and(synligFor(innsyner), inArray(melding.meldingId, ids)));
    if (!visible || visible.n !== ids.length) return false;
    const now = new Date();
    await tx
      .insert(meldingsstatus)
      .values(
        ids.map((meldingId) => ({
          meldingId,
          personId: innsyner.pid,
          lestTidspunkt: endring.lest ? now : null,
          arkivertTidspunkt: endring.arkivert ? now : null,
          forstSett: now,
        })),
      )
      .onConflictDoUpdate({
        target: [meldingsstatus.meldingId, meldingsstatus.personId],
        set: {
          lestTidspunkt: keepOrSet(meldingsstatus.lestTidspunkt, endring.lest),
          arkivertTidspunkt: keepOrSet(meldingsstatus.arkivertTidspunkt, endring.arkivert),
          forstSett: sql`coalesce(${meldingsstatus.forstSett}, now())`,
        },
      });
    return true;
  });
}

/** Records that the citizen has opened a melding they can see (first seen is kept once set). */
export async function registrerSett(db: Db, pid: string, meldingId: string): Promise<Date | null> {
  const [row] = await db
    .insert(meldingsstatus)
    .values({ meldingId, personId: pid, forstSett: new Date() })
    .onConflictDoUpdate({
      target: [meldingsstatus.meldingId, meldingsstatus.personId],
      set: { forstSett: sql`coalesce(${meldingsstatus.forstSett}, now())` },
    })
    .returning({ forstSett: meldingsstatus.forstSett });
  return row?.forstSett ?? null;
}

/** Starts a new login for the citizen: the previous one becomes the "nytt siden sist" boundary. */
export async function registrerInnlogging(db: Db, pid: string) {
  const [row] = await db
    .insert(innlogging)
    .values({ personId: pid, sisteInnlogging: new Date() })
    .onConflictDoUpdate({
      target: innlogging.personId,
      set: { forrigeInnlogging: sql`${innlogging.sisteInnlogging}`, sisteInnlogging: sql`now()` },
    })
    .returning();
  return row ?? null;
}

/** The citizen's last two logins, if any were registered. */
export async function hentInnlogging(db: Db, pid: string) {
  const [row] = await db.select().from(innlogging).where(sql`${innlogging.personId} = ${pid}`);
  return row ?? null;
}
