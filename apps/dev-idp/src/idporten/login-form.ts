import { type Innloggingsniva, isValidPersonId } from "@minkommune/auth";

/** The login form's fields as submitted. */
export interface LoginFormValues {
  /** The chosen demo person's pid, or "" for "another person". */
  testperson: string;
  /** A typed synthetic fødselsnummer; wins over `testperson` when filled in. */
  fodselsnummer: string;
  /** "3" (MinID) or "4" (BankID). */
  niva: string;
}

/** A problem with one field, with the message shown beside it. */
export interface LoginFormError {
  field: "testperson" | "fodselsnummer" | "niva";
  message: string;
}

/** The outcome of checking the form: a person and level, or the errors to show. */
export type LoginFormResult =
  | { ok: true; pid: string; niva: Innloggingsniva }
  | { ok: false; errors: LoginFormError[] };

/** Takes the form's fields out of a urlencoded body; missing fields read as "". */
export function readLoginForm(form: URLSearchParams): LoginFormValues {
  return {
    testperson: form.get("testperson") ?? "",
    fodselsnummer: form.get("fodselsnummer") ?? "",
    niva: form.get("niva") ?? "",
  };
}

function checkPerson(values: LoginFormValues): string | LoginFormError {
  // People type numbers with spaces ("128585 10048"); those are not part of the number.
  const typed = values.fodselsnummer.replace(/\s/g, "");
  if (typed !== "") {
    return isValidPersonId(typed)
      ? typed
      : {
          field: "fodselsnummer",
          message: "Fødselsnummeret er ikke gyldig. Skriv inn 11 siffer med riktige kontrollsiffer.",
        };
  }
  if (values.testperson === "") {
    return { field: "testperson", message: "Velg en testperson eller skriv inn et fødselsnummer." };
  }
  return isValidPersonId(values.testperson)
    ? values.testperson
    : { field: "testperson", message: "Testpersonen har ikke et gyldig fødselsnummer." };
}

function checkNiva(value: string, minimum: Innloggingsniva): Innloggingsniva | LoginFormError {
  const niva = value === "3" ? 3 : value === "4" ? 4 : undefined;
  if (niva === undefined) return { field: "niva", message: "Velg innloggingsmetode." };
  if (niva < minimum) return { field: "niva", message: "Tjenesten krever innlogging med BankID (nivå 4)." };
  return niva;
}

/**
 * Checks the form: a valid person id (typed or chosen) and login level 3 or 4, at least
 * `minimum` (a client asking for acr_values=idporten-loa-high gets level 4 or nothing).
 */
export function validateLoginForm(values: LoginFormValues, minimum: Innloggingsniva = 3): LoginFormResult {
  const person = checkPerson(values);
  const niva = checkNiva(values.niva, minimum);
  if (typeof person === "string" && typeof niva === "number") return { ok: true, pid: person, niva };
  const errors = [person, niva].filter((result): result is LoginFormError => typeof result === "object");
  return { ok: false, errors };
}
