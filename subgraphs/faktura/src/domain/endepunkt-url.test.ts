import { describe, expect, it } from "vitest";
import { endepunktFeil } from "./endepunkt-url.ts";

const utvikling = { production: false };
const produksjon = { production: true };

describe("endepunktFeil", () => {
  it.each(["https://faktura.oslo.kommune.no/utsettelse", "https://10.0.0.5:8443/x"])("accepts %s anywhere", (url) => {
    expect(endepunktFeil(url, utvikling)).toBeNull();
    expect(endepunktFeil(url, produksjon)).toBeNull();
  });

  it.each(["http://127.0.0.1:4100/utsettelse", "http://localhost:8080/", "http://[::1]:9000/x"])(
    "accepts http to localhost (%s) outside production only",
    (url) => {
      expect(endepunktFeil(url, utvikling)).toBeNull();
      expect(endepunktFeil(url, produksjon)).toBe("må være en https-adresse");
    },
  );

  it("refuses https to localhost in production", () => {
    expect(endepunktFeil("https://localhost/utsettelse", produksjon)).toBe("kan ikke peke på localhost");
  });

  it.each([
    ["http://faktura.oslo.kommune.no/", "må være en https-adresse (http bare til localhost)"],
    ["http://127.0.0.1.nip.io/", "må være en https-adresse (http bare til localhost)"],
    ["ftp://faktura.oslo.kommune.no/", "må være en absolutt https-adresse"],
    ["https:faktura.oslo.kommune.no", "må være en absolutt https-adresse"],
    ["faktura.oslo.kommune.no/utsettelse", "må være en absolutt https-adresse"],
    ["", "må være en absolutt https-adresse"],
    [`https://x.no/${"a".repeat(2000)}`, "må være en absolutt https-adresse"],
    ["https://bruker:passord@faktura.oslo.kommune.no/", "kan ikke inneholde brukernavn eller passord"],
  ])("refuses %s", (url, feil) => {
    expect(endepunktFeil(url, utvikling)).toBe(feil);
  });
});
