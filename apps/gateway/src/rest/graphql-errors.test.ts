import { describe, expect, it } from "vitest";
import { restErrorFrom, restField } from "./graphql-errors.ts";

const BODY = { oppgave: "", idempotencyKey: "Idempotency-Key" };

describe("restField", () => {
  it.each([
    ["oppgave.mottakere.personIdList[3]", "mottakere.personIdList[3]"],
    ["oppgave.tittel", "tittel"],
    ["oppgave", "body"],
    ["idempotencyKey", "Idempotency-Key"],
    ["fiksOrgId", "fiksOrgId"],
  ])("%s → %s", (field, expected) => expect(restField(field, BODY)).toBe(expected));
});

describe("restErrorFrom", () => {
  it("maps each code to its status, and CONFLICT's id into the details", () => {
    const cases: [string, number][] = [
      ["UNAUTHENTICATED", 401],
      ["FORBIDDEN", 403],
      ["NOT_FOUND", 404],
      ["SERVICE_UNAVAILABLE", 503],
    ];
    for (const [code, status] of cases)
      expect(restErrorFrom([{ message: "x", extensions: { code } }], BODY).status).toBe(status);
    const conflict = restErrorFrom([{ message: "brukt", extensions: { code: "CONFLICT", id: "abc" } }], BODY);
    expect(conflict).toMatchObject({ status: 409, errorCode: "CONFLICT", details: { id: "abc" } });
  });

  it("names the field of a BAD_USER_INPUT error in REST terms", () => {
    const error = restErrorFrom(
      [{ message: "Ugyldig", extensions: { code: "BAD_USER_INPUT", field: "oppgave.mottakere.personIdList[0]" } }],
      BODY,
    );
    expect(error).toMatchObject({ status: 400, details: { field: "mottakere.personIdList[0]" } });
    expect(error.message).toBe("mottakere.personIdList[0]: Ugyldig");
  });

  it("reads the field from graphql-js coercion messages and masks a quoted person id", () => {
    const wrongType = restErrorFrom(
      [
        {
          message:
            'Variable "$oppgave" got invalid value 12858510048 at "oppgave.mottakere.personIdList[0]"; String cannot represent a non string value: 12858510048',
        },
      ],
      BODY,
    );
    expect(wrongType.details).toEqual({ field: "mottakere.personIdList[0]" });
    expect(wrongType.message).not.toContain("12858510048");
    const missing = restErrorFrom(
      [
        {
          message:
            'Variable "$oppgave" got invalid value { tittel: "x" }; Field "url" of required type "String!" was not provided.',
        },
      ],
      BODY,
    );
    expect(missing.details).toEqual({ field: "url" });
    const unknown = restErrorFrom(
      [
        {
          message:
            'Variable "$oppgave" got invalid value { a: 1 }; Field "a" is not defined by type "OppgaveOpprettInput".',
        },
      ],
      BODY,
    );
    expect(unknown.details).toEqual({ field: "a" });
  });

  it("treats an error it cannot place as a fault of ours, without echoing it", () => {
    const error = restErrorFrom([{ message: "connect ECONNREFUSED 127.0.0.1:4002" }], BODY);
    expect(error).toMatchObject({ status: 500, errorCode: "INTERNAL_ERROR", message: "Systemfeil" });
  });

  it("answers 422 for BATCH_TOO_LARGE", () => {
    const error = restErrorFrom(
      [{ message: "for mange", extensions: { code: "BATCH_TOO_LARGE", field: "meldinger" } }],
      {},
    );
    expect(error).toMatchObject({ status: 422, errorCode: "BATCH_TOO_LARGE", details: { field: "meldinger" } });
  });

  it("lists every invalid melding of a batch, with person ids masked", () => {
    const invalid = [
      { index: 1, meldingId: "a", field: "versjon", message: "Ukjent versjon" },
      { index: 4, field: "eksponertFor.verdi", message: "12858510048 er ugyldig" },
    ];
    const error = restErrorFrom(
      [{ message: "2 meldinger er ugyldige", extensions: { code: "BAD_USER_INPUT", field: "meldinger", invalid } }],
      {},
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe("2 meldinger er ugyldige");
    expect(error.details).toEqual({
      field: "meldinger",
      invalid: [invalid[0], { ...invalid[1], message: expect.not.stringContaining("12858510048") }],
    });
  });

  it("keeps a subgraph's own Fiks errorCode and its errorJson", () => {
    const errorJson = { integrasjonId: "i", fiksOrgId: "o" };
    const error = restErrorFrom(
      [
        {
          message: "ikke autorisert",
          extensions: { code: "FORBIDDEN", errorCode: "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX", errorJson },
        },
      ],
      {},
    );
    expect(error).toMatchObject({
      status: 403,
      errorCode: "INNSYN.INTEGRASJON_IKKE_AUTORISERT_FOR_INDEX",
      details: errorJson,
    });
  });

  it("reads a variable the gateway's planner renamed to _<field>_<argument>", () => {
    const error = restErrorFrom(
      [
        {
          message:
            'Variable "$_registrerFaktura_faktura" got invalid value "100" at "_registrerFaktura_faktura.belop"; Expected type "Ore".',
        },
      ],
      { faktura: "" },
    );
    expect(error.details).toEqual({ field: "belop" });
  });

  it("lists every coercion error on elements of a list in the body", () => {
    const error = restErrorFrom(
      [
        {
          message:
            'Variable "$meldinger" got invalid value "4" at "meldinger[1].sikkerhetsniva"; Int cannot represent non-integer value: "4"',
        },
        {
          message:
            'Variable "$meldinger" got invalid value 12 at "meldinger[2].meldingMetadata"; String cannot represent a non string value: 12',
        },
      ],
      {},
    );
    expect(error.details).toEqual({
      field: "meldinger[1].sikkerhetsniva",
      invalid: [
        { index: 1, field: "sikkerhetsniva", message: 'Int cannot represent non-integer value: "4"' },
        {
          index: 2,
          field: "meldingMetadata",
          message: "String cannot represent a non string value: 12",
        },
      ],
    });
  });
});
