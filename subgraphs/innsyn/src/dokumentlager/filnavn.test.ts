import { describe, expect, it } from "vitest";
import { contentDisposition, nedlastingsfilnavn } from "./filnavn.ts";

describe("nedlastingsfilnavn", () => {
  it("adds the extension of the real type", () => {
    expect(nedlastingsfilnavn("Vedtak om plass i barnehage", "application/pdf")).toBe(
      "Vedtak om plass i barnehage.pdf",
    );
    expect(nedlastingsfilnavn("vedtak.PDF", "application/pdf")).toBe("vedtak.PDF");
    expect(nedlastingsfilnavn("rapport.exe", "application/pdf")).toBe("rapport.exe.pdf");
  });

  it("removes path, quotes, control characters and leading dots", () => {
    expect(nedlastingsfilnavn('../../etc/"passwd"\r\nX-Evil: 1', "text/plain")).toBe("_.._etc_passwd_X-Evil_ 1.txt");
    expect(nedlastingsfilnavn("...", "application/pdf")).toBe("dokument.pdf");
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("inline", "Søknad (1).pdf")).toBe(
      `inline; filename="S_knad (1).pdf"; filename*=UTF-8''S%C3%B8knad%20%281%29.pdf`,
    );
    expect(contentDisposition("attachment", "Tilbakemelding på café.txt")).toBe(
      `attachment; filename="Tilbakemelding pa cafe.txt"; filename*=UTF-8''Tilbakemelding%20p%C3%A5%20caf%C3%A9.txt`,
    );
  });
});
