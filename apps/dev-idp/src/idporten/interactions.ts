import type { IncomingMessage, ServerResponse } from "node:http";
import { acrFromNiva, type Innloggingsniva, nivaFromAcr } from "@minkommune/auth";
import type Provider from "oidc-provider";
import { errors } from "oidc-provider";
import { IDPORTEN_PATH } from "../config/constants.ts";
import { BodyError, readForm, sendHtml } from "../shared/http.ts";
import { type LoginPageModel, loginPage } from "../views/login-page.ts";
import { errorPage } from "../views/status-pages.ts";
import type { AccountRegistry } from "./accounts.ts";
import { grantImplicitConsent } from "./consent.ts";
import { readLoginForm, validateLoginForm } from "./login-form.ts";

type Interaction = Awaited<ReturnType<Provider["interactionDetails"]>>;

const ROUTE = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/;

/** How each login level authenticates, as ID-porten reports it in `amr`. */
const AMR: Record<Innloggingsniva, string> = { 3: "Minid-PIN", 4: "BankID" };

/** Serves our login pages under `/idporten/interaction/...`; `path` is the request path below `/idporten`. */
export type InteractionHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

function expired(res: ServerResponse): void {
  sendHtml(
    res,
    400,
    errorPage("Innloggingen er utløpt", "Start innloggingen på nytt fra tjenesten du kom fra.", "session_not_found"),
  );
}

/** Level 4 when the client asked only for idporten-loa-high, else 3. */
function minimumNiva(interaction: Interaction): Innloggingsniva {
  const requested = String(interaction.params.acr_values ?? "")
    .split(" ")
    .filter(Boolean);
  return requested.length > 0 && requested.every((acr) => nivaFromAcr(acr) === 4) ? 4 : 3;
}

async function clientName(provider: Provider, interaction: Interaction): Promise<string> {
  const clientId = String(interaction.params.client_id);
  const client = await provider.Client.find(clientId);
  return client?.clientName ?? clientId;
}

/** Renders the login page; after a failed submit, with what was typed and what was wrong. */
async function showLoginPage(
  provider: Provider,
  interaction: Interaction,
  res: ServerResponse,
  status = 200,
  previous?: Pick<LoginPageModel, "values" | "errors">,
) {
  const base = `${IDPORTEN_PATH}/interaction/${interaction.uid}`;
  const name = await clientName(provider, interaction);
  const model = {
    action: `${base}/login`,
    abortAction: `${base}/abort`,
    clientName: name,
    minimumNiva: minimumNiva(interaction),
  };
  sendHtml(res, status, loginPage({ ...model, ...previous }));
}

async function submitLogin(
  provider: Provider,
  accounts: AccountRegistry,
  interaction: Interaction,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const values = readLoginForm(await readForm(req));
  const result = validateLoginForm(values, minimumNiva(interaction));
  if (!result.ok) return showLoginPage(provider, interaction, res, 400, { values, errors: result.errors });
  const innbygger = accounts.register(result.pid);
  const login = { accountId: innbygger.sub, acr: acrFromNiva(result.niva), amr: [AMR[result.niva]], remember: false };
  await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
}

async function route(
  provider: Provider,
  accounts: AccountRegistry,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) {
  const match = ROUTE.exec(path.split("?")[0] ?? "");
  if (!match) return sendHtml(res, 404, errorPage("Siden finnes ikke", "Adressen er ikke en del av innloggingen."));
  const [, uid, action] = match;
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.uid !== uid) return expired(res);

  const { name } = interaction.prompt;
  if (req.method === "GET" && action === undefined) {
    if (name === "login") return showLoginPage(provider, interaction, res);
    if (name === "consent") {
      const result = await grantImplicitConsent(provider, interaction);
      return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
    }
  }
  if (req.method === "POST" && action === "login" && name === "login") {
    return submitLogin(provider, accounts, interaction, req, res);
  }
  if (req.method === "POST" && action === "abort") {
    const result = { error: "access_denied", error_description: "End-User aborted the login" };
    return provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }
  sendHtml(res, 405, errorPage("Ugyldig forespørsel", "Denne handlingen passer ikke her. Start innloggingen på nytt."));
}

/** The login, consent and abort steps of the ID-porten stand-in. */
export function createInteractionHandler(provider: Provider, accounts: AccountRegistry): InteractionHandler {
  return async (req, res, path) => {
    try {
      await route(provider, accounts, req, res, path);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return expired(res);
      if (error instanceof BodyError) {
        return sendHtml(res, error.status, errorPage("Ugyldig skjema", "Skjemaet kunne ikke leses. Prøv igjen."));
      }
      console.error("dev-idp: interaction failed", error);
      if (!res.headersSent) sendHtml(res, 500, errorPage("Noe gikk galt", "Prøv igjen om litt."));
    }
  };
}
