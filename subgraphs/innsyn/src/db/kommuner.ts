import type { Database } from "@minkommune/db";
import { inArray } from "drizzle-orm";
import { type InnsynSchema, type KommuneRow, kommune } from "./schema.ts";

/** The municipalities among `fiksOrgIds`, for batched entity resolution. */
export async function findKommuner(db: Database<InnsynSchema>, fiksOrgIds: readonly string[]): Promise<KommuneRow[]> {
  if (fiksOrgIds.length === 0) return [];
  return db
    .select()
    .from(kommune)
    .where(inArray(kommune.fiksOrgId, [...fiksOrgIds]));
}
