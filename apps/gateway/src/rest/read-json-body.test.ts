import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, readJsonObject } from "./read-json-body.ts";

const request = (body: BodyInit, contentType = "application/json") =>
  new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": contentType } });

describe("readJsonObject", () => {
  it("returns a JSON object, also for a +json media type with a charset", async () => {
    expect(await readJsonObject(request('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonObject(request('{"a":1}', "application/merge-patch+json; charset=utf-8"))).toEqual({ a: 1 });
  });

  it.each([
    ["[1]", "INVALID_BODY_TYPE"],
    ['"x"', "INVALID_BODY_TYPE"],
    ["{", "INVALID_JSON"],
    ["", "INVALID_JSON"],
  ])("refuses %j with %s", async (body, errorCode) => {
    await expect(readJsonObject(request(body))).rejects.toMatchObject({ status: 400, errorCode });
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const declared = new Request("http://localhost/x", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) },
    });
    await expect(readJsonObject(declared)).rejects.toMatchObject({ status: 400, errorCode: "BODY_TOO_LARGE" });
  });

  it("refuses a body exactly one byte over the limit and takes one at the limit", async () => {
    const at = `{"a":"${"x".repeat(MAX_BODY_BYTES - 8)}"}`;
    expect(at.length).toBe(MAX_BODY_BYTES);
    await expect(readJsonObject(request(at))).resolves.toHaveProperty("a");
    await expect(readJsonObject(request(`${at} `))).rejects.toMatchObject({ errorCode: "BODY_TOO_LARGE" });
  });

  it("refuses a body without a JSON Content-Type", async () => {
    await expect(readJsonObject(request("{}", "text/plain"))).rejects.toMatchObject({
      errorCode: "UNSUPPORTED_CONTENT_TYPE",
    });
  });
});
