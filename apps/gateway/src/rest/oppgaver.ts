import { operation } from "./operations.ts";
import { type OppgaveForIntegrasjon, oppgaveHentResponse } from "./oppgave-hent-response.ts";
import { type OppgaveStatusEndret, oppgaveStatusResponse } from "./oppgave-status-response.ts";
import { readJsonObject } from "./read-json-body.ts";
import { RestError } from "./rest-error.ts";
import { json, type RouteHandler } from "./route.ts";

const OPPRETT_OPPGAVE = operation("OpprettOppgave");
const HENT_OPPGAVE = operation("HentOppgave");
const SETT_OPPGAVE_STATUS = operation("SettOppgaveStatus");

const notFound = () => new RestError(404, "NOT_FOUND", "Fant ikke oppgaven");

/** POST …/{fiksOrgId}/oppgaver (KS opprettOppgave): the body is OppgaveOpprettRequest. */
export const opprettOppgave: RouteHandler = async ({ request, params, run }) => {
  const oppgave = await readJsonObject(request);
  const idempotencyKey = request.headers.get("idempotency-key");
  const data = await run(
    OPPRETT_OPPGAVE,
    { fiksOrgId: params.fiksOrgId, oppgave, idempotencyKey },
    { oppgave: "", idempotencyKey: "Idempotency-Key" },
  );
  const { id } = data.opprettOppgave as { id: string };
  return json(200, { id });
};

/** GET …/{fiksOrgId}/oppgaver/{oppgaveId} (KS hentOppgave): another integration's oppgave is 404 too. */
export const hentOppgave: RouteHandler = async ({ params, run }) => {
  const data = await run(HENT_OPPGAVE, { fiksOrgId: params.fiksOrgId, oppgaveId: params.oppgaveId }, {});
  const oppgave = data.oppgave as OppgaveForIntegrasjon | null;
  if (!oppgave) throw notFound();
  return json(200, oppgaveHentResponse(oppgave));
};

/**
 * PUT …/{fiksOrgId}/oppgaver/{oppgaveId}/status: body {personId, status}; answers that
 * recipient's status and the overall state (not every recipient, so the cost stays constant).
 */
export const settOppgaveStatus: RouteHandler = async ({ request, params, run }) => {
  const status = await readJsonObject(request);
  // A personId of the wrong type is reported by the $status input; "" keeps $personId coercible.
  const personId = typeof status.personId === "string" ? status.personId : "";
  const data = await run(
    SETT_OPPGAVE_STATUS,
    { fiksOrgId: params.fiksOrgId, oppgaveId: params.oppgaveId, status, personId },
    { status: "" },
  );
  const endret = data.settOppgaveStatus as OppgaveStatusEndret | null;
  if (!endret?.mottaker) throw notFound();
  return json(200, oppgaveStatusResponse(endret, endret.mottaker));
};
