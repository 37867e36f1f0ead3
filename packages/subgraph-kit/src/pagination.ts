import { badInput } from "./errors.ts";

/** The largest page any list field returns. */
export const MAX_PAGE_SIZE = 100;

/** Checks `first` (1..100) and names the field when it is out of range. */
export function pageSize(first: number | null | undefined, defaultSize = 20): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput("first", `first må være mellom 1 og ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** An opaque cursor for the given sort key values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/**
 * The sort key values in a cursor, checked against the expected kinds ("string" | "number");
 * a cursor that was not made by encodeCursor for this list gets BAD_USER_INPUT on "after".
 */
export function decodeCursor(cursor: string, kinds: readonly ("string" | "number")[]): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = null;
  }
  const valid =
    Array.isArray(values) && values.length === kinds.length && values.every((v, i) => typeof v === kinds[i]);
  if (!valid) throw badInput("after", "Ugyldig cursor");
  return values as (string | number)[];
}
