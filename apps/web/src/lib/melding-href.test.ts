import { describe, expect, it } from "vitest";
import { meldingHref } from "./melding-href.ts";

const ID = "5a4e0000-0000-4000-8000-000000000001";

describe("meldingHref", () => {
  it("sends letters to Post and case folders to Saker, by id only", () => {
    expect(meldingHref("forsendelse", ID)).toBe(`/post/${ID}`);
    expect(meldingHref("mappe", ID)).toBe(`/saker/${ID}`);
  });

  it("has no page for kinds the app does not show on their own", () => {
    expect(meldingHref("journalpost", ID)).toBeNull();
    expect(meldingHref("skjemakladd", ID)).toBeNull();
  });
});
