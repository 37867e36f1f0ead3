import { OLA, OSLO, synthetiskePersonIder } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API, type ErrorMessage, nyOppgave, type RestStack, startRestStack } from "./rest/rest-stack.ts";
import { storedOppgaverFor } from "./rest/stored-oppgaver.ts";

let rest: RestStack;
beforeAll(async () => {
  rest = await startRestStack();
});
afterAll(() => rest?.close());

// A person no other test gives an oppgave, so any oppgave stored for them came from a refused request.
const [ANSATT] = synthetiskePersonIder(1, 77) as [string];
const oppgaver = `${API}/${OSLO.fiksOrgId}/oppgaver`;
const gyldig = (overrides: Record<string, unknown> = {}) =>
  nyOppgave({ mottakere: { personIdList: [ANSATT] }, ...overrides });

const CASES: [string, Record<string, unknown>, string][] = [
  ["tittel missing", { tittel: undefined }, "tittel"],
  ["tittel empty", { tittel: "  " }, "tittel"],
  ["tittel too long", { tittel: "x".repeat(201) }, "tittel"],
  ["tittel of the wrong type", { tittel: 123 }, "tittel"],
  ["beskrivelse empty", { beskrivelse: "" }, "beskrivelse"],
  ["beskrivelse too long", { beskrivelse: "x".repeat(2001) }, "beskrivelse"],
  ["handling too long", { handling: "x".repeat(51) }, "handling"],
  ["url javascript:", { url: "javascript:alert(1)" }, "url"],
  ["url data:", { url: "data:text/html,<script>alert(1)</script>" }, "url"],
  ["url relative", { url: "/samtykke" }, "url"],
  ["url http outside localhost", { url: "http://skole.example.no/samtykke" }, "url"],
  ["url missing", { url: undefined }, "url"],
  ["frist not a real date", { frist: "2027-02-30" }, "frist"],
  ["frist in another format", { frist: "31.01.2027" }, "frist"],
  ["utfortKriterie outside the enum", { utfortKriterie: "SOME" }, "utfortKriterie"],
  ["sprak outside the enum", { sprak: "de" }, "sprak"],
  ["no recipients", { mottakere: { personIdList: [] } }, "mottakere.personIdList"],
  ["mottakere missing", { mottakere: undefined }, "mottakere"],
  ["an invalid fødselsnummer", { mottakere: { personIdList: [ANSATT, "12345678901"] } }, "mottakere.personIdList[1]"],
  ["a fødselsnummer as a number", { mottakere: { personIdList: [ANSATT, 12858510048] } }, "mottakere.personIdList[1]"],
  [
    "more than 10,000 recipients",
    { mottakere: { personIdList: synthetiskePersonIder(10_001, 78) } },
    "mottakere.personIdList",
  ],
  ["negative purringIntervallDager", { varsling: { purringIntervallDager: -1 } }, "varsling.purringIntervallDager"],
  ["fractional purringIntervallDager", { varsling: { purringIntervallDager: 1.5 } }, "varsling.purringIntervallDager"],
  [
    "purringIntervallDager above a year",
    { varsling: { purringIntervallDager: 200_000_000 } },
    "varsling.purringIntervallDager",
  ],
  ["metadata too long", { metadata: "x".repeat(10_001) }, "metadata"],
  ["a field KS does not have", { prioritet: "HOY" }, "prioritet"],
];

describe("POST …/oppgaver validation: 400 naming the field, nothing stored", () => {
  it.each(CASES)("%s", async (_name, overrides, field) => {
    const response = await rest.api.send("POST", oppgaver, rest.oslo, gyldig(overrides));
    expect(response.status, response.text).toBe(400);
    const body = response.body as ErrorMessage;
    expect(body.errorCode).toBe("BAD_USER_INPUT");
    expect(body.errorDetails?.field).toBe(field);
    expect(body.message.startsWith(`${field}: `)).toBe(true);
    expect(response.text).not.toContain(ANSATT);
    expect(response.text).not.toContain(OLA.pid);
  });

  it("stored no oppgave for any refused request", async () => {
    expect(await storedOppgaverFor(rest.stack.subgraphUrl("oppgave"), ANSATT)).toBe(0);
  });

  it("names the Idempotency-Key header when the key is unusable", async () => {
    const response = await rest.api.send(
      "POST",
      oppgaver,
      { ...rest.oslo, "Idempotency-Key": "x".repeat(201) },
      gyldig(),
    );
    expect(response.status).toBe(400);
    expect((response.body as ErrorMessage).errorDetails?.field).toBe("Idempotency-Key");
  });

  it("names the path parameter when fiksOrgId or oppgaveId is not a UUID", async () => {
    const post = await rest.api.send("POST", `${API}/0301/oppgaver`, rest.oslo, gyldig());
    expect(post.status).toBe(400);
    expect((post.body as ErrorMessage).errorDetails?.field).toBe("fiksOrgId");
    const get = await rest.api.request("GET", `${oppgaver}/123`, { headers: rest.oslo });
    expect(get.status).toBe(400);
    expect((get.body as ErrorMessage).errorDetails?.field).toBe("oppgaveId");
  });
});

describe("PUT …/status validation", () => {
  let id: string;
  beforeAll(async () => {
    const created = await rest.api.send("POST", oppgaver, rest.oslo, nyOppgave());
    id = (created.body as { id: string }).id;
  });

  it.each([
    ["personId missing", { status: "FULLFORT" }, "personId"],
    ["personId invalid", { personId: "12345678901", status: "FULLFORT" }, "personId"],
    ["status outside the enum", { personId: OLA.pid, status: "FERDIG" }, "status"],
    ["status missing", { personId: OLA.pid }, "status"],
  ] as [string, Record<string, unknown>, string][])("%s", async (_name, body, field) => {
    const response = await rest.api.send("PUT", `${oppgaver}/${id}/status`, rest.oslo, body);
    expect(response.status, response.text).toBe(400);
    expect((response.body as ErrorMessage).errorDetails?.field).toBe(field);
    expect(response.text).not.toContain(OLA.pid);
  });
});
