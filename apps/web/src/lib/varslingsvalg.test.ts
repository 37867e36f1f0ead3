import { describe, expect, it } from "vitest";
import { kvitteringParam, parseEpostPurring, parseKvittering } from "./varslingsvalg.ts";

describe("parseEpostPurring", () => {
  it("reads the two radio values", () => {
    expect(parseEpostPurring("pa")).toBe(true);
    expect(parseEpostPurring("av")).toBe(false);
  });

  it("refuses a missing or unknown value rather than guessing", () => {
    expect(parseEpostPurring(null)).toBeNull();
    expect(parseEpostPurring("true")).toBeNull();
    expect(parseEpostPurring(new File([], "pa"))).toBeNull();
  });
});

describe("kvittering", () => {
  it("round-trips the saved choice and a failure through the query string", () => {
    expect(parseKvittering(kvitteringParam(true))).toBe("lagretPa");
    expect(parseKvittering(kvitteringParam(false))).toBe("lagretAv");
    expect(parseKvittering(kvitteringParam(null))).toBe("feil");
  });

  it("shows nothing for an unknown or absent parameter", () => {
    expect(parseKvittering(undefined)).toBeNull();
    expect(parseKvittering("toString")).toBeNull();
    expect(parseKvittering("__proto__")).toBeNull();
    expect(parseKvittering(["av", "pa"])).toBe("lagretAv");
  });
});
