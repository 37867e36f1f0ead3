import { badInput } from "./errors.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in canonical text form (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The value when it is a UUID; BAD_USER_INPUT naming `field` otherwise. */
export function requireUuid(value: unknown, field: string): string {
  if (!isUuid(value)) throw badInput(field, `${field} må være en gyldig UUID`);
  return value;
}
