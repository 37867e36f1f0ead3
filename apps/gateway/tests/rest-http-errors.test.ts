import { OLA, OSLO } from "@minkommune/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../src/rest/read-json-body.ts";
import { API, type ErrorMessage, nyOppgave, type RestStack, startRestStack } from "./rest/rest-stack.ts";

let rest: RestStack;
beforeAll(async () => {
  rest = await startRestStack();
});
afterAll(() => rest?.close());

const oppgaver = `${API}/${OSLO.fiksOrgId}/oppgaver`;

const raw = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  rest.api.request("POST", oppgaver, { headers: { ...rest.oslo, ...headers }, body });

describe("request bodies the adapter cannot use: 400, never 500", () => {
  it.each([
    ["text that is not JSON", "tittel=Gi samtykke", "INVALID_JSON"],
    ["truncated JSON", '{"tittel": "Gi samtykke"', "INVALID_JSON"],
    ["an empty body", "", "INVALID_JSON"],
    ["bytes that are not UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "INVALID_JSON"],
    ["a JSON array", JSON.stringify([nyOppgave()]), "INVALID_BODY_TYPE"],
    ["a JSON string", JSON.stringify("Gi samtykke"), "INVALID_BODY_TYPE"],
    ["JSON null", "null", "INVALID_BODY_TYPE"],
  ] as [string, BodyInit, string][])("%s", async (_name, body, errorCode) => {
    const response = await raw(body);
    expect(response.status).toBe(400);
    expect((response.body as ErrorMessage).errorCode).toBe(errorCode);
  });

  it("refuses a Content-Type other than JSON", async () => {
    const response = await raw(JSON.stringify(nyOppgave()), { "content-type": "text/plain" });
    expect(response.status).toBe(400);
    expect((response.body as ErrorMessage).errorCode).toBe("UNSUPPORTED_CONTENT_TYPE");
  });

  it("refuses a body over the limit, naming the limit", async () => {
    const huge = JSON.stringify(nyOppgave({ metadata: "x".repeat(MAX_BODY_BYTES) }));
    const response = await raw(huge);
    expect(response.status).toBe(400);
    const body = response.body as ErrorMessage;
    expect(body.errorCode).toBe("BODY_TOO_LARGE");
    expect(body.errorDetails).toEqual({ maxBytes: MAX_BODY_BYTES });
  });

  it("stops reading a streamed body without Content-Length once it passes the limit", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: at most twice the limit, in case the server kept reading.
        if (sent >= 2 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await rest.api.request("POST", oppgaver, {
      headers: { ...rest.oslo, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    });
    expect(response.status).toBe(400);
    expect((response.body as ErrorMessage).errorCode).toBe("BODY_TOO_LARGE");
  });
});

describe("routes", () => {
  it("answers 404 with an ErrorMessage for a path the API does not have", async () => {
    const response = await rest.api.request(
      "GET",
      `${API}/${OSLO.fiksOrgId}/oppgaver/${crypto.randomUUID()}/mottakere`,
    );
    expect(response.status).toBe(404);
    expect((response.body as ErrorMessage).errorCode).toBe("NOT_FOUND");
  });

  it.each([
    ["DELETE", `${oppgaver}/${crypto.randomUUID()}`, "GET"],
    ["GET", oppgaver, "POST"],
    ["POST", `${oppgaver}/${crypto.randomUUID()}/status`, "PUT"],
  ])("answers 405 to %s %s, with Allow", async (method, path, allow) => {
    const response = await rest.api.request(method, path, { headers: rest.oslo });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect((response.body as ErrorMessage).errorCode).toBe("METHOD_NOT_ALLOWED");
  });
});

describe("the Fiks ErrorMessage and its log line", () => {
  it("fills every field, and logs the errorId once, without the body or the fødselsnummer", async () => {
    const before = Date.now();
    const body = nyOppgave({ mottakere: { personIdList: [OLA.pid, "12345678901"] }, tittel: "Hemmelig tittel" });
    const response = await rest.api.send("POST", oppgaver, rest.oslo, body);
    const error = response.body as ErrorMessage;
    expect(error).toMatchObject({
      status: 400,
      error: "Bad Request",
      path: oppgaver,
      errorCode: "BAD_USER_INPUT",
    });
    expect(error.timestamp).toBeGreaterThanOrEqual(before);
    const lines = rest.logLines.filter((line) => line.errorId === error.errorId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ status: 400, errorCode: "BAD_USER_INPUT", field: "mottakere.personIdList[1]" });
    const logged = JSON.stringify(rest.logLines);
    expect(logged).not.toContain(OLA.pid);
    expect(logged).not.toContain("12345678901");
    expect(logged).not.toContain("Hemmelig tittel");
  });

  it("answers a status change without a person id in the URL, and logs none", async () => {
    const created = await rest.api.send("POST", oppgaver, rest.oslo, nyOppgave());
    const id = (created.body as { id: string }).id;
    const response = await rest.api.send("PUT", `${oppgaver}/${id}/status`, rest.oslo, {
      personId: "01010112345",
      status: "FULLFORT",
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(rest.logLines)).not.toContain("01010112345");
    expect(response.text).not.toContain("01010112345");
  });
});
