import { KARI, OLA, OSLO, TRONDHEIM } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dokumenterPath, dokumentTilKari, lastOpp } from "./rest/dokumenter.ts";
import {
  base64,
  brev,
  fakturaMelding,
  fakturaV1,
  type InnsynRestStack,
  SLETT,
  SLETT_BY_MELDING_ID,
  startInnsynRestStack,
} from "./rest/innsyn-rest-stack.ts";
import type { ErrorMessage, HeaderMap } from "./rest/rest-stack.ts";
import { post } from "./stack.ts";

let rest: InnsynRestStack;
let kari: HeaderMap;
let ola: HeaderMap;
/** Oslo's melding and document, which every attacker below tries to reach. */
let melding: Record<string, unknown>;
let dokument: { id: string; lenke: string };
const eksternRef = "sak.angrepet";
beforeAll(async () => {
  rest = await startInnsynRestStack();
  kari = await rest.innbygger(KARI.pid, 4);
  ola = await rest.innbygger(OLA.pid, 4);
  melding = brev({ eksternRef, meldingMetadata: metadataMedTittel("Originalen") });
  expect((await rest.indekser([melding])).status).toBe(200);
  dokument = await dokumentTilKari(rest);
});
afterAll(() => rest?.close());

function metadataMedTittel(tittel: string) {
  return base64({
    tittel,
    avsender: "Oslo kommune",
    sendtDato: Date.parse("2026-11-20T08:00:00Z"),
    lest: false,
    dokumenter: [{ tittel: "Brevet", mimeType: "application/pdf", nedlastingLenke: "https://example.test/d/3" }],
  });
}

const tittelForKari = (meldingId: unknown) => rest.tittelFor(kari, meldingId);

const slettSpec = () => ({
  meldinger: [{ fiksOrgId: OSLO.fiksOrgId, meldingId: melding.meldingId, meldingType: "forsendelse" }],
});
const slettQuery = (fiksOrganisasjonId = OSLO.fiksOrgId) =>
  `${SLETT}?${new URLSearchParams({ fiksOrganisasjonId, eksternRef })}`;

/** Every route an integration uses, as `headers` would call it for Oslo. */
function integrationRoutes(headers: HeaderMap) {
  return {
    indexRequest: () => rest.indekser([brev()], headers),
    fakturaIndex: () => rest.indekser([fakturaMelding()], headers),
    slettByMeldingId: () => rest.api.send("POST", SLETT_BY_MELDING_ID, headers, slettSpec()),
    slett: () => rest.api.request("DELETE", slettQuery(), { headers }),
    lastOpp: () => lastOpp(rest, headers),
    slettDokument: () => rest.api.request("DELETE", `${dokumenterPath()}/${dokument.id}`, { headers }),
  };
}

async function statuses(headers: HeaderMap) {
  const answers: Record<string, number> = {};
  for (const [name, call] of Object.entries(integrationRoutes(headers))) answers[name] = (await call()).status;
  return answers;
}

async function untouched() {
  expect(await tittelForKari(melding.meldingId)).toBe("Originalen");
  expect((await rest.api.request("GET", dokument.lenke, { headers: kari })).status).toBe(200);
}

describe("access to the Innsyn routes from the attacker's side", () => {
  it("answers 401 without a token on every route, including the citizen download", async () => {
    const answers = await statuses({});
    expect(answers).toEqual({
      indexRequest: 401,
      fakturaIndex: 401,
      slettByMeldingId: 401,
      slett: 401,
      lastOpp: 401,
      slettDokument: 401,
    });
    const download = await rest.api.request("GET", dokument.lenke);
    expect(download.status).toBe(401);
    expect(download.headers.get("www-authenticate")).toBe('Bearer realm="min-kommune"');
    expect((download.body as ErrorMessage).message).toMatch(/Mangler access_token/);
    expect((await rest.api.request("GET", dokument.lenke, { headers: { authorization: "Bearer x.y.z" } })).status).toBe(
      401,
    );
    await untouched();
  });

  it("answers 401 to a wrong integration password", async () => {
    const answers = await statuses({ ...rest.oslo, IntegrasjonPassord: "feil-passord" });
    expect(Object.values(answers)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  it("answers 403 to another municipality's integration acting for Oslo, and changes nothing", async () => {
    const answers = await statuses(rest.trondheim);
    expect(answers).toEqual({
      indexRequest: 403,
      fakturaIndex: 403,
      slettByMeldingId: 403,
      slett: 403,
      lastOpp: 403,
      slettDokument: 403,
    });
    await untouched();
  });

  it("refuses a batch where one melding names another municipality with the Fiks errorCode, and writes none of it", async () => {
    const own = brev();
    const response = await rest.indekser([own, brev({}, TRONDHEIM)]);
    expect(response.status).toBe(403);
    const error = response.body as ErrorMessage & { errorJson: string };
    expect(error.errorCode).toBe("INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX");
    expect(JSON.parse(error.errorJson)).toEqual({
      integrasjonId: rest.oslo.IntegrasjonId,
      fiksOrgId: TRONDHEIM.fiksOrgId,
    });
    expect(await tittelForKari(own.meldingId)).toBeNull();
  });

  it("lets Trondheim reach nothing of Oslo's under its own fiksOrgId either", async () => {
    const byId = await rest.api.send("POST", SLETT_BY_MELDING_ID, rest.trondheim, {
      meldinger: [{ fiksOrgId: TRONDHEIM.fiksOrgId, meldingId: melding.meldingId, meldingType: "forsendelse" }],
    });
    expect(byId.body).toEqual({ antallSlettet: 0 });
    const byRef = await rest.api.request("DELETE", slettQuery(TRONDHEIM.fiksOrgId), { headers: rest.trondheim });
    expect(byRef.body).toEqual({ antallSlettet: 0 });
    const own = `/dokumentlager/api/v1/${TRONDHEIM.fiksOrgId}/dokumenter/${dokument.id}`;
    expect((await rest.api.request("DELETE", own, { headers: rest.trondheim })).status).toBe(404);
    const overwrite = await rest.indekser(
      [{ ...melding, fiksOrganisasjonId: TRONDHEIM.fiksOrgId, meldingMetadata: metadataMedTittel("Forfalsket") }],
      rest.trondheim,
    );
    expect(overwrite.status).toBe(403);
    await untouched();
  });

  it("answers 403 to an Oslo integration without the index and faktura privileges", async () => {
    const answers = await statuses(rest.utenIndex);
    expect(answers).toEqual({
      indexRequest: 403,
      fakturaIndex: 403,
      slettByMeldingId: 403,
      slett: 403,
      lastOpp: 403,
      slettDokument: 403,
    });
    await untouched();
  });

  it("refuses a citizen's token on every integration route", async () => {
    const answers = await statuses(kari);
    expect(answers).toEqual({
      indexRequest: 403,
      fakturaIndex: 403,
      slettByMeldingId: 403,
      slett: 403,
      lastOpp: 403,
      slettDokument: 403,
    });
    await untouched();
  });

  it("does not let another Oslo integration overwrite, delete or unlink what Oslo's fagsystem made", async () => {
    const overwrite = await rest.indekser(
      [{ ...melding, meldingMetadata: metadataMedTittel("Forfalsket") }],
      rest.nabo,
    );
    expect(overwrite.status).toBe(403);
    const byId = await rest.api.send("POST", SLETT_BY_MELDING_ID, rest.nabo, slettSpec());
    expect(byId.body).toEqual({ antallSlettet: 0 });
    const byRef = await rest.api.request("DELETE", slettQuery(), { headers: rest.nabo });
    expect(byRef.body).toEqual({ antallSlettet: 0 });
    const dokumentSlett = await rest.api.request("DELETE", `${dokumenterPath()}/${dokument.id}`, {
      headers: rest.nabo,
    });
    const ukjent = await rest.api.request("DELETE", `${dokumenterPath()}/${crypto.randomUUID()}`, {
      headers: rest.nabo,
    });
    expect(dokumentSlett.status).toBe(404);
    expect((dokumentSlett.body as ErrorMessage).message).toBe((ukjent.body as ErrorMessage).message);
    await untouched();
  });

  it("keeps Oslo's invoice apart from another Oslo integration's with the same meldingId", async () => {
    const invoice = fakturaMelding();
    expect((await rest.indekser([invoice])).status).toBe(200);
    const other = await rest.indekser(
      [fakturaMelding(fakturaV1({ belop: 1 }), { meldingId: invoice.meldingId })],
      rest.nabo,
    );
    // meldingId is unique per integration: the neighbour gets an invoice of its own.
    expect(other.body).toMatchObject({ opprettet: 1, oppdatert: 0 });
    const read = await post(
      rest.stack.graphqlUrl,
      rest.oslo,
      "query ($org: UUID!, $id: UUID!) { faktura(fiksOrgId: $org, meldingId: $id) { belop } }",
      { org: OSLO.fiksOrgId, id: invoice.meldingId },
    );
    expect(read.data?.faktura).toEqual({ belop: 100_050 });
  });

  it("refuses an integration token on the citizen download, as for an unknown document", async () => {
    const integrasjon = await rest.api.request("GET", dokument.lenke, { headers: rest.oslo });
    const ukjent = await rest.api.request("GET", `/dokumenter/${crypto.randomUUID()}`, { headers: kari });
    expect(integrasjon.status).toBe(404);
    expect((integrasjon.body as ErrorMessage).message).toBe((ukjent.body as ErrorMessage).message);
  });

  it("answers another citizen, and a guessed id, with the same 404", async () => {
    const annen = await rest.api.request("GET", dokument.lenke, { headers: ola });
    const gjettet = await rest.api.request("GET", `/dokumenter/${crypto.randomUUID()}`, { headers: ola });
    expect(annen.status).toBe(404);
    expect(gjettet.status).toBe(404);
    const strip = (body: unknown) => ({ ...(body as object), errorId: 0, timestamp: 0, path: 0 });
    expect(strip(annen.body)).toEqual(strip(gjettet.body));
    await untouched();
  });
});
