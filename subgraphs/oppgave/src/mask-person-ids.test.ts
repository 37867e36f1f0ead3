import { KARI } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { maskPersonIds } from "./mask-person-ids.ts";

describe("maskPersonIds", () => {
  it("masks every eleven-digit number and leaves other numbers alone", () => {
    expect(maskPersonIds(`String cannot represent a non string value: ${KARI.pid}`)).toBe(
      "String cannot represent a non string value: 128585*****",
    );
    expect(maskPersonIds(`[${KARI.pid},${KARI.pid}]`)).toBe("[128585*****,128585*****]");
    expect(maskPersonIds("personIdList[3] og 123456789012 og 2026")).toBe("personIdList[3] og 123456789012 og 2026");
  });
});
