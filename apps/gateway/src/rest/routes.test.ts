import { describe, expect, it } from "vitest";
import { matchRoute } from "./routes.ts";

const ORG = "0a5e2a6f-53f1-4a8a-9f4c-2f0c3a1d0301";
const ID = "5d1c7b2e-8e0a-4b43-a0de-7a6f1c9e5001";

describe("matchRoute", () => {
  it("finds the KS paths and their parameters", () => {
    expect(matchRoute("POST", `/min-kommune/api/v1/api/${ORG}/oppgaver`).params).toEqual({ fiksOrgId: ORG });
    expect(matchRoute("PUT", `/min-kommune/api/v1/api/${ORG}/oppgaver/${ID}/status`).params).toEqual({
      fiksOrgId: ORG,
      oppgaveId: ID,
    });
  });

  it("answers 404, 405 with Allow, and 400 naming a parameter that is not a UUID", () => {
    expect(() => matchRoute("GET", "/min-kommune/api/v2/x")).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => matchRoute("DELETE", `/min-kommune/api/v1/api/${ORG}/oppgaver/${ID}`)).toThrow(
      expect.objectContaining({ status: 405, headers: { allow: "GET" } }),
    );
    expect(() => matchRoute("GET", `/min-kommune/api/v1/api/${ORG}/oppgaver/12858510048`)).toThrow(
      expect.objectContaining({ status: 400, details: { field: "oppgaveId" } }),
    );
  });

  it("finds the Innsyn index, delete and document paths", () => {
    expect(matchRoute("PUT", "/innsyn-index/api/v2/indexRequest").params).toEqual({});
    expect(matchRoute("DELETE", "/innsyn-index/api/v1/delete/slett").params).toEqual({});
    expect(matchRoute("POST", "/innsyn-index/api/v1/delete/slettByMeldingId").params).toEqual({});
    expect(matchRoute("POST", `/dokumentlager/api/v1/${ORG}/dokumenter`).params).toEqual({ fiksOrganisasjonId: ORG });
    expect(matchRoute("DELETE", `/dokumentlager/api/v1/${ORG}/dokumenter/${ID}`).params).toEqual({
      fiksOrganisasjonId: ORG,
      dokumentId: ID,
    });
    expect(matchRoute("GET", `/dokumenter/${ID}`).params).toEqual({ dokumentId: ID });
    expect(() => matchRoute("GET", "/innsyn-index/api/v2/indexRequest")).toThrow(
      expect.objectContaining({ status: 405, headers: { allow: "PUT" } }),
    );
  });
});
