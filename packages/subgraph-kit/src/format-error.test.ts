import { describe, expect, it } from "vitest";
import { type ErrorLog, formatSubgraphError } from "./format-error.ts";

describe("formatSubgraphError", () => {
  it("masks person ids in client errors and keeps their code and field", () => {
    const formatted = formatSubgraphError({
      message: 'Variable "$x" got invalid value 12858510048',
      extensions: { code: "BAD_USER_INPUT", field: "x" },
    });
    expect(formatted.message).toBe('Variable "$x" got invalid value 128585*****');
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", field: "x" });
  });

  it("hides an unexpected error behind an errorId and logs its masked text once", () => {
    const lines: Parameters<ErrorLog>[0][] = [];
    const formatted = formatSubgraphError(
      {
        message: 'Failed query: insert into "oppgave"."mottaker" params: 12858510048',
        path: ["opprettOppgave"],
        extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] },
      },
      undefined,
      (line) => lines.push(line),
    );
    expect(formatted.message).toBe("Intern feil");
    expect(JSON.stringify(formatted)).not.toContain("insert");
    const errorId = formatted.extensions?.errorId;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([
      { level: "error", errorId, path: "opprettOppgave", message: expect.stringContaining("128585*****") },
    ]);
    expect(JSON.stringify(lines)).not.toContain("12858510048");
  });

  it("treats an error without a code as unexpected", () => {
    const formatted = formatSubgraphError({ message: "boom" }, undefined, () => {});
    expect(formatted.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(formatted.message).toBe("Intern feil");
  });
});
