import { KARI, OSLO } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  brev,
  type InnsynRestStack,
  SLETT,
  SLETT_BY_MELDING_ID,
  startInnsynRestStack,
} from "./rest/innsyn-rest-stack.ts";
import type { ErrorMessage, HeaderMap } from "./rest/rest-stack.ts";

let rest: InnsynRestStack;
let kari: HeaderMap;
beforeAll(async () => {
  rest = await startInnsynRestStack();
  kari = await rest.innbygger(KARI.pid, 4);
});
afterAll(() => rest?.close());

/** Whether Kari still sees the melding. */
const synlig = async (meldingId: unknown) => (await rest.tittelFor(kari, meldingId)) !== null;

async function indeksert(...meldinger: Record<string, unknown>[]) {
  const response = await rest.indekser(meldinger);
  expect(response.status, response.text).toBe(200);
  return meldinger;
}

const spec = (melding: Record<string, unknown>, meldingType = "forsendelse") => ({
  fiksOrgId: OSLO.fiksOrgId,
  meldingId: melding.meldingId,
  meldingType,
});

const query = (params: Record<string, string>) => `${SLETT}?${new URLSearchParams(params)}`;

describe("POST /innsyn-index/api/v1/delete/slettByMeldingId (synchronous)", () => {
  it("deletes the integration's meldinger at once and answers 200 SlettRespons", async () => {
    const [a, b, c] = await indeksert(brev(), brev(), brev());
    const response = await rest.api.send("POST", SLETT_BY_MELDING_ID, rest.oslo, {
      meldinger: [spec(a as Record<string, unknown>), spec(b as Record<string, unknown>)],
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toEqual({ antallSlettet: 2 });
    expect(await synlig(a?.meldingId)).toBe(false);
    expect(await synlig(b?.meldingId)).toBe(false);
    expect(await synlig(c?.meldingId)).toBe(true);
  });

  it("counts an unknown meldingId as nothing deleted", async () => {
    const response = await rest.api.send("POST", SLETT_BY_MELDING_ID, rest.oslo, {
      meldinger: [spec({ meldingId: crypto.randomUUID() })],
    });
    expect(response.body).toEqual({ antallSlettet: 0 });
  });

  it.each([
    ["an empty list", { meldinger: [] }, "meldinger"],
    [
      "more than 1000",
      { meldinger: Array.from({ length: 1001 }, () => spec({ meldingId: crypto.randomUUID() })) },
      "meldinger",
    ],
    ["a meldingId that is not a UUID", { meldinger: [spec({ meldingId: "42" })] }, "meldinger[0].meldingId"],
    ["an unknown meldingType", { meldinger: [spec(brev(), "brev")] }, "meldinger[0].meldingType"],
    [
      "meldingType missing",
      { meldinger: [{ fiksOrgId: OSLO.fiksOrgId, meldingId: crypto.randomUUID() }] },
      "meldinger[0].meldingType",
    ],
    ["a property SlettMeldingerSpec does not have", { meldinger: [], alle: true }, "alle"],
  ])("answers 400 for %s", async (_name, body, field) => {
    const response = await rest.api.send("POST", SLETT_BY_MELDING_ID, rest.oslo, body);
    expect(response.status, response.text).toBe(400);
    expect((response.body as ErrorMessage).errorDetails?.field).toBe(field);
  });
});

describe("DELETE /innsyn-index/api/v1/delete/slett (asynchronous)", () => {
  it("hides the meldinger with the eksternRef at once and answers 202 with how many", async () => {
    const ref = `sak.${crypto.randomUUID().slice(0, 8)}`;
    const [a, b, c] = await indeksert(
      brev({ eksternRef: ref }),
      brev({ eksternRef: ref }),
      brev({ eksternRef: "annen" }),
    );
    const response = await rest.api.request("DELETE", query({ fiksOrganisasjonId: OSLO.fiksOrgId, eksternRef: ref }), {
      headers: rest.oslo,
    });
    expect(response.status, response.text).toBe(202);
    expect(response.body).toEqual({ antallSlettet: 2 });
    expect(await synlig(a?.meldingId)).toBe(false);
    expect(await synlig(b?.meldingId)).toBe(false);
    expect(await synlig(c?.meldingId)).toBe(true);
  });

  it("narrows by meldingId", async () => {
    const [a, b] = await indeksert(brev(), brev());
    const response = await rest.api.request(
      "DELETE",
      query({ fiksOrganisasjonId: OSLO.fiksOrgId, meldingId: a?.meldingId as string }),
      { headers: rest.oslo },
    );
    expect(response.body).toEqual({ antallSlettet: 1 });
    expect(await synlig(a?.meldingId)).toBe(false);
    expect(await synlig(b?.meldingId)).toBe(true);
  });

  it.each([
    ["fiksOrganisasjonId missing", {}, "fiksOrganisasjonId"],
    ["fiksOrganisasjonId not a UUID", { fiksOrganisasjonId: "0301" }, "fiksOrganisasjonId"],
    ["meldingId not a UUID", { fiksOrganisasjonId: OSLO.fiksOrgId, meldingId: "1" }, "meldingId"],
    ["an empty eksternRef", { fiksOrganisasjonId: OSLO.fiksOrgId, eksternRef: "" }, "eksternRef"],
  ])("answers 400 for %s", async (_name, params, field) => {
    const response = await rest.api.request("DELETE", query(params as Record<string, string>), { headers: rest.oslo });
    expect(response.status, response.text).toBe(400);
    expect((response.body as ErrorMessage).errorDetails?.field).toBe(field);
  });

  it("answers 405 with Allow for another method", async () => {
    const response = await rest.api.request("GET", query({ fiksOrganisasjonId: OSLO.fiksOrgId }), {
      headers: rest.oslo,
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("DELETE");
  });
});
