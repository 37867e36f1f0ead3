import { DEMO_PERSONER } from "@minkommune/demo-data";
import type { LoginFormError, LoginFormValues } from "../idporten/login-form.ts";
import { escapeHtml, page } from "./html.ts";

/** What the login page shows: where the form posts, for which service, and any earlier errors. */
export interface LoginPageModel {
  action: string;
  abortAction: string;
  clientName: string;
  /** 4 when the service asked for BankID-level login only. */
  minimumNiva?: 3 | 4;
  values?: LoginFormValues;
  errors?: readonly LoginFormError[];
}

const FIELD_ANCHOR: Record<LoginFormError["field"], string> = {
  testperson: "testperson",
  fodselsnummer: "fodselsnummer",
  niva: "niva-3",
};

function errorSummary(errors: readonly LoginFormError[]): string {
  if (errors.length === 0) return "";
  const items = errors
    .map((error) => `<li><a href="#${FIELD_ANCHOR[error.field]}">${escapeHtml(error.message)}</a></li>`)
    .join("");
  return `<div class="feiloppsummering" role="alert" aria-labelledby="feil-tittel">
<h2 id="feil-tittel">Innloggingen kunne ikke fullføres</h2>
<ul>${items}</ul>
</div>`;
}

/** The attributes and message element that tie an error to its field, or nothing. */
function fieldError(errors: readonly LoginFormError[], field: LoginFormError["field"], hintId?: string) {
  const error = errors.find((candidate) => candidate.field === field);
  const errorId = `${field}-feil`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ");
  return {
    attributes: `${describedBy ? ` aria-describedby="${describedBy}"` : ""}${error ? ' aria-invalid="true"' : ""}`,
    message: error ? `<p id="${errorId}" class="feil">${escapeHtml(error.message)}</p>` : "",
  };
}

function personOptions(selected: string): string {
  const options = DEMO_PERSONER.map(
    (person) =>
      `<option value="${escapeHtml(person.pid)}"${person.pid === selected ? " selected" : ""}>${escapeHtml(person.navn)}</option>`,
  );
  options.push(`<option value=""${selected === "" ? " selected" : ""}>Annen person (skriv inn fødselsnummer)</option>`);
  return options.join("\n");
}

/** The login page: choose a test person or type a synthetic fødselsnummer, then MinID or BankID. */
export function loginPage(model: LoginPageModel): string {
  const errors = model.errors ?? [];
  const values = model.values ?? {
    testperson: DEMO_PERSONER[0]?.pid ?? "",
    fodselsnummer: "",
    niva: String(model.minimumNiva ?? 3),
  };
  const nivaHint =
    model.minimumNiva === 4
      ? '<p id="niva-hjelp" class="hjelp">Tjenesten krever innlogging med BankID (nivå 4).</p>'
      : "";
  const person = fieldError(errors, "testperson");
  const fnr = fieldError(errors, "fodselsnummer", "fodselsnummer-hjelp");
  const niva = fieldError(errors, "niva", model.minimumNiva === 4 ? "niva-hjelp" : undefined);
  const title = `${errors.length > 0 ? "Feil: " : ""}Logg inn – ID-porten (testmiljø)`;
  return page(
    title,
    `<h1>Logg inn</h1>
<p><strong>${escapeHtml(model.clientName)}</strong> ber deg logge inn. Dette er en lokal erstatning for ID-porten: bruk bare syntetiske testpersoner.</p>
${errorSummary(errors)}
<form id="innlogging" method="post" action="${escapeHtml(model.action)}" novalidate>
<div class="felt">
<label for="testperson">Testperson</label>
<select id="testperson" name="testperson"${person.attributes}>
${personOptions(values.testperson)}
</select>
${person.message}
</div>
<div class="felt">
<label for="fodselsnummer">Eller skriv inn et syntetisk fødselsnummer</label>
<p id="fodselsnummer-hjelp" class="hjelp">11 siffer. Fyller du inn et nummer, brukes det i stedet for testpersonen over.</p>
<input type="text" id="fodselsnummer" name="fodselsnummer" inputmode="numeric" autocomplete="off" value="${escapeHtml(values.fodselsnummer)}"${fnr.attributes}>
${fnr.message}
</div>
<fieldset${niva.attributes}>
<legend>Innloggingsmetode</legend>
${nivaHint}
<div class="valg"><input type="radio" id="niva-3" name="niva" value="3"${values.niva === "3" ? " checked" : ""}><label for="niva-3">MinID (nivå 3)</label></div>
<div class="valg"><input type="radio" id="niva-4" name="niva" value="4"${values.niva === "4" ? " checked" : ""}><label for="niva-4">BankID (nivå 4)</label></div>
${niva.message}
</fieldset>
</form>
<form id="avbryt" method="post" action="${escapeHtml(model.abortAction)}"></form>
<div class="knapper">
<button type="submit" form="innlogging" class="primar">Logg inn</button>
<button type="submit" form="avbryt" class="sekundar">Avbryt</button>
</div>`,
  );
}
