import { describe, expect, it } from "vitest";
import { erTillattOppgaveUrl, MAX_URL_LENGDE } from "./oppgave-url.ts";

describe("erTillattOppgaveUrl", () => {
  it("accepts absolute https urls", () => {
    expect(erTillattOppgaveUrl("https://www.oslo.kommune.no/skole/samtykke?elev=1")).toBe(true);
    expect(erTillattOppgaveUrl("HTTPS://skjema.trondheim.kommune.no")).toBe(true);
  });

  it("accepts http only for local development hosts", () => {
    expect(erTillattOppgaveUrl("http://localhost:3000/oppgave")).toBe(true);
    expect(erTillattOppgaveUrl("http://127.0.0.1:8080/")).toBe(true);
    expect(erTillattOppgaveUrl("http://www.oslo.kommune.no/")).toBe(false);
    expect(erTillattOppgaveUrl("http://localhost.example.com/")).toBe(false);
  });

  it("refuses http to localhost too when running as production", () => {
    const produksjon = { tillatLokalHttp: false };
    expect(erTillattOppgaveUrl("http://localhost:3000/oppgave", produksjon)).toBe(false);
    expect(erTillattOppgaveUrl("http://127.0.0.1:8080/", produksjon)).toBe(false);
    expect(erTillattOppgaveUrl("https://www.oslo.kommune.no/", produksjon)).toBe(true);
  });

  it("rejects relative urls, other schemes and malformed input", () => {
    for (const value of [
      "/skole/samtykke",
      "www.oslo.kommune.no",
      "https:www.oslo.kommune.no",
      "https:///path",
      "javascript:alert(1)",
      "ftp://example.com/",
      "data:text/html,hei",
      "https://",
      "https://exa mple.com/",
    ]) {
      expect(erTillattOppgaveUrl(value), value).toBe(false);
    }
  });

  it("rejects credentials and overlong urls", () => {
    expect(erTillattOppgaveUrl("https://bruker:passord@example.com/")).toBe(false);
    expect(erTillattOppgaveUrl(`https://example.com/${"a".repeat(MAX_URL_LENGDE)}`)).toBe(false);
  });
});
