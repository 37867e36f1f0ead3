import { describe, expect, it } from "vitest";
import { endepunktFeil } from "./endepunkt-url.ts";

const utvikling = { production: false };
const produksjon = { production: true };
const INTERN = "kan ikke peke på localhost eller en intern adresse";

describe("endepunktFeil", () => {
  it.each([
    "https://faktura.oslo.kommune.no/utsettelse",
    "https://8.8.8.8/x",
    "https://[2001:4860:4860::8888]/x",
    "https://[64:ff9b::8.8.8.8]/x",
  ])("accepts %s anywhere", (url) => {
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

  it.each([
    "https://localhost/utsettelse",
    "https://localhost./",
    "https://LOCALHOST../",
    "https://fagsystem.localhost/",
    "https://127.0.0.1/",
    "https://127.0.0.2/",
    "https://0x7f.1/",
    "https://2130706433/",
    "https://0.0.0.0/",
    "https://10.0.0.5:8443/x",
    "https://172.16.3.4/",
    "https://192.168.1.1/",
    "https://100.64.0.1/",
    "https://169.254.169.254/latest/meta-data/",
    "https://224.0.0.1/",
    "https://[::1]/",
    "https://[::]/",
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:169.254.169.254]/",
    "https://[::ffff:8.8.8.8]/",
    "https://[::127.0.0.1]/",
    "https://[fd00::1]/",
    "https://[fe80::1]/",
    "https://[ff02::1]/",
    "https://[64:ff9b::127.0.0.1]/",
    "https://[64:ff9b::a9fe:a9fe]/",
    "https://[64:ff9b:1::808:808]/",
    "https://[2002:c0a8:101::1]/",
    "https://[2001:0:7f00:1::1]/",
  ])("refuses %s in production, allows it (https) outside", (url) => {
    expect(endepunktFeil(url, produksjon)).toBe(INTERN);
    expect(endepunktFeil(url, utvikling)).toBeNull();
  });

  it.each([
    ["http://faktura.oslo.kommune.no/", "må være en https-adresse (http bare til localhost)"],
    ["http://127.0.0.1.nip.io/", "må være en https-adresse (http bare til localhost)"],
    ["http://10.0.0.5/", "må være en https-adresse (http bare til localhost)"],
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
