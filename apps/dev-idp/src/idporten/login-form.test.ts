import { KARI, OLA } from "@minkommune/demo-data";
import { describe, expect, it } from "vitest";
import { readLoginForm, validateLoginForm } from "./login-form.ts";

const form = (fields: Record<string, string>) => readLoginForm(new URLSearchParams(fields));

describe("validateLoginForm", () => {
  it("takes the chosen test person and level", () => {
    expect(validateLoginForm(form({ testperson: KARI.pid, fodselsnummer: "", niva: "4" }))).toEqual({
      ok: true,
      pid: KARI.pid,
      niva: 4,
    });
  });

  it("lets a typed number (spaces allowed) win over the chosen person", () => {
    const typed = `${OLA.pid.slice(0, 6)} ${OLA.pid.slice(6)}`;
    expect(validateLoginForm(form({ testperson: KARI.pid, fodselsnummer: typed, niva: "3" }))).toEqual({
      ok: true,
      pid: OLA.pid,
      niva: 3,
    });
  });

  it("names the fødselsnummer field when the typed number is invalid", () => {
    const result = validateLoginForm(form({ testperson: KARI.pid, fodselsnummer: "12345678901", niva: "3" }));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: "fodselsnummer" })] });
  });

  it("asks for a person when none is chosen or typed, and for a level when it is missing", () => {
    const result = validateLoginForm(form({}));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(["testperson", "niva"]);
  });

  it("refuses level 3 when level 4 is required", () => {
    const result = validateLoginForm(form({ testperson: KARI.pid, niva: "3" }), 4);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ field: "niva" })] });
    expect(validateLoginForm(form({ testperson: KARI.pid, niva: "4" }), 4).ok).toBe(true);
  });

  it("never repeats the number in its messages", () => {
    const result = validateLoginForm(form({ fodselsnummer: "12345678901", niva: "9" }));
    expect(JSON.stringify(result)).not.toContain("12345678901");
  });
});
