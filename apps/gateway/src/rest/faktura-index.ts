import { maskPersonIds } from "@minkommune/auth";
import type { RunOperation } from "./execute-operation.ts";
import { fakturaInput, meldingFelt } from "./faktura-input.ts";
import { type UgyldigMelding, ugyldigMelding } from "./graphql-errors.ts";
import { operation } from "./operations.ts";
import { RestError } from "./rest-error.ts";

const FAKTURA_FINNES = operation("FakturaFinnes");
const REGISTRER_FAKTURA = operation("RegistrerFaktura");

/** The 400 that names every refused melding of a batch, as the Innsyn subgraph's does. */
export function ugyldigeMeldinger(ugyldige: UgyldigMelding[], extra: Record<string, unknown> = {}): RestError {
  const antall = new Set(ugyldige.map((u) => u.index)).size;
  return new RestError(400, "BAD_USER_INPUT", `${antall} meldinger er ugyldige`, {
    details: { field: "meldinger", invalid: ugyldige, ...extra },
  });
}

// A refusal of melding `index` by the faktura subgraph, with its field in IndexMeldingV2 terms.
function refused(error: RestError, index: number, meldingId: unknown, registrert: number): RestError {
  if (error.status !== 400 || typeof error.details?.field !== "string") return error;
  const field = meldingFelt(error.details.field);
  // "kid: faktura.kid: Ugyldig KID" → "Ugyldig KID": the field is named in `field`.
  const message = maskPersonIds(error.message.replace(/^(?:[\w.[\]]+: )+/, ""));
  return ugyldigeMeldinger([ugyldigMelding(index, meldingId, field, message)], { registrert });
}

/**
 * A batch of FAKTURA_V1 meldinger, registered through the faktura subgraph one invoice at a time
 * (it has no batch mutation). Everything the transport step can see is checked for the whole batch
 * before anything is written; a melding the subgraph refuses stops the batch, and the answer says
 * how many invoices before it were registered (errorDetails.registrert). registrerFaktura is
 * idempotent by meldingId, so sending the corrected batch again is safe.
 */
export async function indexFakturaer(run: RunOperation, meldinger: unknown[], fiksOrgId: string) {
  const inputs = meldinger.map(fakturaInput);
  const ugyldige = inputs.flatMap((input) => (input.ok ? [] : input.ugyldige));
  inputs.forEach((input, index) => {
    if (input.ok && typeof input.fiksOrgId === "string" && input.fiksOrgId.toLowerCase() !== fiksOrgId.toLowerCase()) {
      const message = "Alle FAKTURA_V1-meldinger i en forespørsel må ha samme fiksOrganisasjonId";
      ugyldige.push(ugyldigMelding(index, input.meldingId, "fiksOrganisasjonId", message));
    }
  });
  if (ugyldige.length > 0) throw ugyldigeMeldinger(ugyldige.sort((a, b) => a.index - b.index));
  let opprettet = 0;
  let oppdatert = 0;
  for (const [index, input] of inputs.entries()) {
    if (!input.ok) continue;
    try {
      const finnes = await run(FAKTURA_FINNES, { fiksOrgId, meldingId: input.meldingId }, {});
      await run(REGISTRER_FAKTURA, { fiksOrgId, faktura: input.faktura }, { faktura: "" });
      if (finnes.faktura) oppdatert += 1;
      else opprettet += 1;
    } catch (error) {
      if (error instanceof RestError) throw refused(error, index, input.meldingId, opprettet + oppdatert);
      throw error;
    }
  }
  return { opprettet, oppdatert, manglerSamtykke: 0, meldingerUtenSamtykke: [] };
}
