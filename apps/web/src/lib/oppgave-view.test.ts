import { describe, expect, it } from "vitest";
import { isOverdue, oppgaveState, osloToday, safeTaskUrl } from "./oppgave-view.ts";

describe("osloToday", () => {
  it("gives the Norwegian calendar day, not the UTC one", () => {
    expect(osloToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(osloToday(new Date("2026-06-15T12:00:00Z"))).toBe("2026-06-15");
  });
});

describe("isOverdue", () => {
  it("is overdue only after the deadline day", () => {
    expect(isOverdue("2026-12-23", "2026-12-24")).toBe(true);
    expect(isOverdue("2026-12-24", "2026-12-24")).toBe(false);
    expect(isOverdue("2026-12-25", "2026-12-24")).toBe(false);
    expect(isOverdue(null, "2026-12-24")).toBe(false);
  });
});

describe("oppgaveState", () => {
  it("tells own completion from completion by another recipient", () => {
    expect(oppgaveState({ status: "NY", fullfort: false })).toBe("apen");
    expect(oppgaveState({ status: "FULLFORT", fullfort: true })).toBe("fullfortAvDeg");
    expect(oppgaveState({ status: "NY", fullfort: true })).toBe("fullfortAvAnnen");
  });

  it("keeps a task that needs every recipient open after the citizen's own part", () => {
    expect(oppgaveState({ status: "FULLFORT", fullfort: false })).toBe("venterPaAndre");
  });
});

describe("safeTaskUrl", () => {
  it("follows only http(s) links", () => {
    expect(safeTaskUrl("https://skjema.oslo.kommune.no/samtykke?id=1")).toBe(
      "https://skjema.oslo.kommune.no/samtykke?id=1",
    );
    expect(safeTaskUrl("javascript:alert(1)")).toBeNull();
    expect(safeTaskUrl("not a url")).toBeNull();
  });
});
