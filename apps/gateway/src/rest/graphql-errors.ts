import { maskPersonIds } from "@minkommune/auth";
import { badField, RestError } from "./rest-error.ts";

/** A GraphQL error as it arrives in a response body. */
export interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * How GraphQL argument names read in REST: "" marks the argument that carries the request
 * body (its name is dropped from field paths); other entries rename, e.g. to a header name.
 */
export type FieldNames = Record<string, string>;

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BATCH_TOO_LARGE: 422,
  SERVICE_UNAVAILABLE: 503,
};

// The gateway's query planner renames an argument it passes on as a variable to
// "_<field>_<argument>"; a subgraph's coercion error then names that variable.
function plannedArgument(variable: string, names: FieldNames): string | undefined {
  return Object.keys(names).find((name) => variable.startsWith("_") && variable.endsWith(`_${name}`));
}

/** "oppgave.mottakere.personIdList[3]" → "mottakere.personIdList[3]" when oppgave is the body. */
export function restField(field: string, names: FieldNames): string {
  const [, root = field, rest = ""] = /^([^.[]+)(.*)$/.exec(field) ?? [];
  const renamed = names[root] ?? names[plannedArgument(root, names) ?? ""];
  if (renamed === undefined) return field;
  if (renamed !== "") return `${renamed}${rest}`;
  return rest.replace(/^\./, "") || "body";
}

// graphql-js: `Variable "$oppgave" got invalid value <value> at "oppgave.tittel"; <reason>`, where
// the path is left out for the variable itself, and `Variable "$x" of required type "T!" was not provided.`
const INVALID_VALUE = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const MISSING_VARIABLE = /^Variable "\$(\w+)" of (?:required|non-null) type/;
const FIELD_IN_REASON = /^Field "([^"]+)" (?:of required type|is not defined by type)/;

function coercionError(message: string, names: FieldNames): RestError | null {
  const missing = MISSING_VARIABLE.exec(message);
  if (missing?.[1]) return badField(restField(missing[1], names), "mangler");
  const invalid = INVALID_VALUE.exec(message);
  if (!invalid?.[1]) return null;
  const [, variable, path = variable, reason = ""] = invalid;
  const inner = FIELD_IN_REASON.exec(reason)?.[1];
  const field = restField(inner ? `${path}.${inner}` : path, names);
  return badField(maskPersonIds(field), maskPersonIds(reason));
}

// "meldinger[3].sikkerhetsniva" → element 3, field "sikkerhetsniva" of a list in the body.
const LIST_ELEMENT = /^[^.[]+\[(\d+)\](?:\.(.+))?$/;

/**
 * graphql-js reports every variable it cannot coerce (up to 50). When they are elements of a
 * list in the body (the meldinger of a batch), each is listed like a subgraph's batch refusal,
 * so the client learns about every bad element at once, not one per attempt.
 */
function withListedElements(first: RestError, errors: GraphQLErrorBody[], names: FieldNames): RestError {
  const invalid: UgyldigMelding[] = [];
  for (const error of errors) {
    const coerced = coercionError(error.message, names);
    const field = typeof coerced?.details?.field === "string" ? coerced.details.field : "";
    const element = LIST_ELEMENT.exec(field);
    if (!coerced || !element) continue;
    const message = coerced.message.slice(field.length + 2);
    invalid.push(ugyldigMelding(Number(element[1]), undefined, element[2] ?? "", message));
  }
  if (invalid.length === 0) return first;
  return new RestError(400, first.errorCode, first.message, { details: { ...first.details, invalid } });
}

/** One refused melding of an index batch, as the subgraph lists them in extensions.invalid. */
export interface UgyldigMelding {
  index: number;
  /** Left out when the melding has no meldingId in text form. */
  meldingId?: string;
  field: string;
  message: string;
}

/** One refused melding; a meldingId that is not text is left out rather than sent as null. */
export function ugyldigMelding(index: number, meldingId: unknown, field: string, message: string): UgyldigMelding {
  return { index, ...(typeof meldingId === "string" ? { meldingId } : {}), field, message };
}

function invalidList(value: unknown): UgyldigMelding[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((entry: Record<string, unknown>) =>
    ugyldigMelding(
      Number(entry.index),
      entry.meldingId,
      maskPersonIds(String(entry.field ?? "")),
      maskPersonIds(String(entry.message ?? "")),
    ),
  );
}

// A subgraph's own Fiks errorCode (e.g. INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX) and its errorJson.
function serviceDetails(extensions: Record<string, unknown>) {
  const errorCode = typeof extensions.errorCode === "string" ? extensions.errorCode : undefined;
  const json = extensions.errorJson;
  const details = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : undefined;
  return { errorCode, details };
}

/**
 * The REST answer for an operation that failed: the first error's code decides the status.
 * Errors without a code are either variable coercion (the client's input had the wrong
 * shape: 400 naming the field) or a fault on our side (500).
 */
export function restErrorFrom(errors: GraphQLErrorBody[], names: FieldNames): RestError {
  const [first] = errors;
  const extensions = first?.extensions ?? {};
  const code = String(extensions.code ?? "");
  const message = first?.message ?? "Ukjent feil";
  if (code === "BAD_USER_INPUT" && typeof extensions.field === "string") {
    const field = maskPersonIds(restField(extensions.field, names));
    const invalid = invalidList(extensions.invalid);
    // A batch names every refused melding; the message then says how many, not one field.
    if (invalid) return new RestError(400, code, message, { details: { field, invalid } });
    return badField(field, message);
  }
  const coercion = coercionError(message, names);
  if (coercion) return withListedElements(coercion, errors, names);
  const status = STATUS_BY_CODE[code];
  if (!status) return new RestError(500, "INTERNAL_ERROR", "Systemfeil", { cause: new Error(message) });
  const service = serviceDetails(extensions);
  const id = extensions.id;
  const details =
    code === "CONFLICT" && typeof id === "string"
      ? { id }
      : code === "BATCH_TOO_LARGE" && typeof extensions.field === "string"
        ? { field: restField(extensions.field, names) }
        : service.details;
  // Like the GraphQL endpoint, a 401 names the scheme the caller should authenticate with.
  const headers = status === 401 ? { "www-authenticate": 'Bearer realm="min-kommune"' } : undefined;
  return new RestError(status, service.errorCode ?? code, message, {
    ...(details ? { details } : {}),
    ...(headers ? { headers } : {}),
  });
}

/**
 * A melding field of the wrong JSON type is refused by variable coercion before the subgraph
 * sees the batch; names each such melding by its meldingId, as the subgraph would.
 */
export function withMeldingIds(error: unknown, meldinger: unknown[]): unknown {
  const invalid = error instanceof RestError ? error.details?.invalid : undefined;
  if (!Array.isArray(invalid)) return error;
  for (const entry of invalid as UgyldigMelding[]) {
    const meldingId = (meldinger[entry.index] as { meldingId?: unknown } | null)?.meldingId;
    if (entry.meldingId === undefined && typeof meldingId === "string") entry.meldingId = meldingId;
  }
  return error;
}
