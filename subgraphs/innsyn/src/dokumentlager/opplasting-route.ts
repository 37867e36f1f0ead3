import type { IncomingMessage, ServerResponse } from "node:http";
import type { IntegrasjonPrincipal, Principal } from "@minkommune/auth";
import { isUuid, type Route } from "@minkommune/subgraph-kit";
import type { Dokumentlager } from "./dokumentlager.ts";
import { type Feil, sendFeil, ugyldig } from "./feilmelding.ts";
import { erStottet, grunntype, sniffType } from "./innholdstype.ts";
import { lesOpplasting } from "./les-opplasting.ts";
import { lesResten } from "./les-resten.ts";
import { lesMetadata } from "./opplastingsmetadata.ts";

/** How the integration side of the document store is set up. */
export interface OpplastingOptions {
  lager: Dokumentlager;
  /** The largest document accepted, in bytes. */
  maksStorrelse: number;
  /** Prefix of the citizen download link returned on upload ("" gives "/dokumenter/{id}"). */
  lenkeBase: string;
}

const STI = /^\/dokumentlager\/api\/v1\/([^/]+)\/dokumenter(?:\/([^/]+))?\/?$/;
const erFeil = (x: object): x is Feil => "status" in x;

/** The integration, when it holds INNSYN_INDEX for the organisation in the path; a 4xx otherwise. */
function autoriser(principal: Principal, fiksOrgId: string): IntegrasjonPrincipal | Feil {
  const ikkeAutorisert = (message: string): Feil => ({
    status: 403,
    message,
    errorCode: "DOKUMENTLAGER.INTEGRASJON_IKKE_AUTORISERT",
  });
  if (principal.type !== "integrasjon") return ikkeAutorisert("Krever en integrasjon");
  if (!isUuid(fiksOrgId)) return ugyldig("fiksOrganisasjonId", "fiksOrganisasjonId må være en UUID");
  if (principal.fiksOrgId !== fiksOrgId.toLowerCase()) {
    return ikkeAutorisert("Integrasjonen har ikke tilgang til denne organisasjonen");
  }
  if (!principal.privilegier.includes("INNSYN_INDEX"))
    return ikkeAutorisert("Integrasjonen mangler privilegiet INNSYN_INDEX");
  return principal;
}

/**
 * Answers an error while (part of) the body is still unread: small rests are read and dropped
 * first so the client gets the answer; a large rest is not read, and the connection is closed.
 */
async function avvisUlest(request: IncomingMessage, response: ServerResponse, feil: Feil, headers = {}): Promise<void> {
  const heltLest = await lesResten(request);
  sendFeil(request, response, feil, heltLest ? headers : { ...headers, connection: "close" });
}

async function lastOpp(
  request: IncomingMessage,
  response: ServerResponse,
  integrasjon: IntegrasjonPrincipal,
  options: OpplastingOptions,
): Promise<void> {
  if (new URL(request.url ?? "/", "http://subgraph").searchParams.get("kryptert") === "true") {
    return await avvisUlest(
      request,
      response,
      ugyldig("kryptert", "Klientkryptering støttes ikke; send dokumentet ukryptert"),
    );
  }
  const opplasting = await lesOpplasting(request, options.maksStorrelse);
  if (erFeil(opplasting)) return await avvisUlest(request, response, opplasting);
  const naa = new Date();
  const metadata = lesMetadata(opplasting.metadata, naa);
  if (erFeil(metadata)) return sendFeil(request, response, metadata);
  const deklarert = grunntype(metadata.mimetype);
  if (!erStottet(deklarert)) {
    return sendFeil(request, response, ugyldig("mimetype", `Dokumenttypen ${deklarert} støttes ikke`));
  }
  if (opplasting.dokument.byteLength === 0)
    return sendFeil(request, response, ugyldig("dokument", "Dokumentet er tomt"));
  const funnet = sniffType(opplasting.dokument);
  if (funnet !== deklarert) {
    const innhold = funnet ? `innholdet er ${funnet}` : "innholdet er ingen støttet type";
    return sendFeil(
      request,
      response,
      ugyldig("mimetype", `mimetype ${deklarert} stemmer ikke med innholdet: ${innhold}`),
    );
  }
  const lagret = await options.lager.put(opplasting.dokument, {
    fiksOrgId: integrasjon.fiksOrgId,
    integrasjonId: integrasjon.integrasjonId,
    dokumentnavn: metadata.dokumentnavn,
    mimeType: funnet,
    sikkerhetsniva: metadata.sikkerhetsniva,
    korrelasjonsid: metadata.korrelasjonsid,
    tilgjengeligTil: metadata.tilgjengeligTil,
  });
  const location = `/dokumentlager/api/v1/${lagret.fiksOrgId}/dokumenter/${lagret.id}`;
  response.writeHead(201, { "content-type": "application/json", location, "cache-control": "no-store" }).end(
    JSON.stringify({
      id: lagret.id,
      dokumentnavn: lagret.dokumentnavn,
      mimeType: lagret.mimeType,
      ukryptertStorrelse: lagret.storrelse,
      kryptertStorrelse: null,
      storrelse: lagret.storrelse,
      sha256: lagret.sha256,
      lenke: `${options.lenkeBase}/dokumenter/${lagret.id}`,
    }),
  );
}

/** Deletes the integration's own document; another integration's, or an unknown id, is the same 404. */
async function slett(
  request: IncomingMessage,
  response: ServerResponse,
  integrasjon: IntegrasjonPrincipal,
  id: string,
  lager: Dokumentlager,
): Promise<void> {
  const hentet = isUuid(id) ? await lager.get(id.toLowerCase()) : null;
  const egen =
    hentet?.metadata.fiksOrgId === integrasjon.fiksOrgId && hentet.metadata.integrasjonId === integrasjon.integrasjonId;
  if (!hentet || !egen || !(await lager.delete(hentet.metadata.id))) {
    return sendFeil(request, response, {
      status: 404,
      message: "Fant ikke dokumentet",
      errorCode: "DOKUMENTLAGER.IKKE_FUNNET",
    });
  }
  response.writeHead(204).end();
}

/**
 * The integration side of the document store, shaped like Fiks Dokumentlager (without kontoer):
 * POST …/{fiksOrganisasjonId}/dokumenter uploads (multipart `metadata` + `dokument`) and answers
 * 201 with the download link a melding's `dokumenter` carries; DELETE …/dokumenter/{id} removes
 * one of the integration's own documents. The caller is the principal of the gateway's token.
 */
export function opplastingRoute(options: OpplastingOptions): Route {
  return async (request, response, principal) => {
    const match = STI.exec(new URL(request.url ?? "/", "http://subgraph").pathname);
    if (!match) return false;
    const [, fiksOrgId = "", id] = match;
    const tillatt = id === undefined ? "POST" : "DELETE";
    if (request.method !== tillatt) {
      await avvisUlest(
        request,
        response,
        { status: 405, message: `Bare ${tillatt} er tillatt her` },
        { allow: tillatt },
      );
      return true;
    }
    const integrasjon = autoriser(principal, fiksOrgId);
    if (erFeil(integrasjon)) {
      await avvisUlest(request, response, integrasjon);
      return true;
    }
    try {
      if (id === undefined) await lastOpp(request, response, integrasjon, options);
      else await slett(request, response, integrasjon, id, options.lager);
    } catch (error) {
      if (response.headersSent) response.destroy();
      else await avvisUlest(request, response, { status: 500, message: "Intern feil i dokumentlageret", cause: error });
    }
    return true;
  };
}
