import { isUuid } from "@minkommune/subgraph-kit";
import { indexFakturaer } from "./faktura-index.ts";
import { withMeldingIds } from "./graphql-errors.ts";
import { operation } from "./operations.ts";
import { readJsonObject } from "./read-json-body.ts";
import { badField, RestError } from "./rest-error.ts";
import { json, type RouteHandler } from "./route.ts";

const INDEX_MELDINGER = operation("IndexMeldinger");
const SLETT_MELDINGER = operation("SlettMeldinger");
const SLETT_MELDINGER_ASYNKRONT = operation("SlettMeldingerAsynkront");

/**
 * The largest indexRequest body: room for 5000 meldinger with their metadata, and below the
 * subgraphs' 10 MB request limit, so a batch the adapter takes is never cut off behind it.
 */
export const MAX_INDEX_BODY_BYTES = 9 * 1024 * 1024;

/** The versjon the faktura subgraph owns; every other versjon is Innsyn's. */
const FAKTURA_V1 = "FAKTURA_V1";

function onlyProperties(body: Record<string, unknown>, allowed: string[], type: string): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) throw badField(key, `er ikke et felt i ${type}`);
}

const versjonOf = (melding: unknown) =>
  typeof melding === "object" && melding !== null ? (melding as { versjon?: unknown }).versjon : undefined;

// The organisation the batch is indexed for: the first melding's fiksOrganisasjonId. Every other
// melding must name the same one; the subgraph refuses the batch (403) when one does not.
function routingOrg(meldinger: unknown[]): string {
  for (const melding of meldinger) {
    const org = (melding as { fiksOrganisasjonId?: unknown } | null)?.fiksOrganisasjonId;
    if (typeof org === "string" && isUuid(org)) return org;
  }
  throw badField("meldinger", "minst én melding må ha fiksOrganisasjonId som UUID");
}

/**
 * PUT /innsyn-index/api/v2/indexRequest (Fiks IndexRequestV2). FAKTURA_V1 batches go to the
 * faktura subgraph, every other versjon to Innsyn's indexMeldinger; the two are never mixed in one
 * request, because two subgraphs cannot write in one transaction.
 */
export const indexRequest: RouteHandler = async ({ request, run }) => {
  const body = await readJsonObject(request, MAX_INDEX_BODY_BYTES);
  onlyProperties(body, ["meldinger"], "IndexRequestV2");
  const { meldinger } = body;
  if (!Array.isArray(meldinger)) throw badField("meldinger", "meldinger må være en liste av IndexMeldingV2");
  const fiksOrganisasjonId = routingOrg(meldinger);
  const fakturaer = meldinger.filter((melding) => versjonOf(melding) === FAKTURA_V1).length;
  if (fakturaer > 0 && fakturaer < meldinger.length) {
    throw new RestError(
      400,
      "BAD_USER_INPUT",
      "FAKTURA_V1 kan ikke sendes i samme forespørsel som andre versjoner: send fakturaene for seg",
      { details: { field: "meldinger", antallFaktura: fakturaer, antallAndre: meldinger.length - fakturaer } },
    );
  }
  if (fakturaer > 0) return json(200, await indexFakturaer(run, meldinger, fiksOrganisasjonId));
  try {
    const data = await run(INDEX_MELDINGER, { fiksOrganisasjonId, meldinger }, {});
    return json(200, data.indexMeldinger);
  } catch (error) {
    throw withMeldingIds(error, meldinger);
  }
};

/** POST /innsyn-index/api/v1/delete/slettByMeldingId (SlettMeldingerSpec): synchronous, 200. */
export const slettByMeldingId: RouteHandler = async ({ request, run }) => {
  const body = await readJsonObject(request);
  onlyProperties(body, ["meldinger"], "SlettMeldingerSpec");
  const data = await run(SLETT_MELDINGER, { meldinger: body.meldinger }, {});
  return json(200, data.slettMeldinger);
};

/** DELETE /innsyn-index/api/v1/delete/slett?fiksOrganisasjonId=&eksternRef=&meldingId=: asynchronous, 202. */
export const slett: RouteHandler = async ({ request, run }) => {
  const query = new URL(request.url).searchParams;
  const fiksOrganisasjonId = query.get("fiksOrganisasjonId");
  const meldingId = query.get("meldingId");
  if (!fiksOrganisasjonId || !isUuid(fiksOrganisasjonId))
    throw badField("fiksOrganisasjonId", "fiksOrganisasjonId må være en gyldig UUID");
  if (meldingId !== null && !isUuid(meldingId)) throw badField("meldingId", "meldingId må være en gyldig UUID");
  const data = await run(
    SLETT_MELDINGER_ASYNKRONT,
    { fiksOrganisasjonId, eksternRef: query.get("eksternRef"), meldingId },
    {},
  );
  return json(202, data.slettMeldingerAsynkront);
};
