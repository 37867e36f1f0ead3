import { describe, expect, it } from "vitest";
import { erInternAdresse, erIpAdresse, erLocalhostNavn } from "./intern-adresse.ts";

describe("erInternAdresse", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.31.255.255",
    "192.168.0.1",
    "169.254.169.254",
    "100.64.1.1",
    "0.0.0.0",
    "255.255.255.255",
    "::1",
    "::",
    "[::1]",
    "::ffff:7f00:1",
    "::ffff:8.8.8.8",
    "fd12:3456::1",
    "fe80::1",
  ])("%s is internal", (ip) => {
    expect(erInternAdresse(ip)).toBe(true);
  });

  it.each(["8.8.8.8", "172.32.0.1", "193.161.0.1", "2001:4860:4860::8888", "faktura.oslo.kommune.no"])(
    "%s is not",
    (adresse) => {
      expect(erInternAdresse(adresse)).toBe(false);
    },
  );

  it("tells IP literals from names", () => {
    expect(erIpAdresse("[::1]")).toBe(true);
    expect(erIpAdresse("10.0.0.1")).toBe(true);
    expect(erIpAdresse("localhost")).toBe(false);
  });

  it.each(["localhost", "LocalHost.", "localhost..", "x.localhost", "x.localhost."])("%s is localhost", (navn) => {
    expect(erLocalhostNavn(navn)).toBe(true);
  });

  it.each(["localhost.no", "mylocalhost", "faktura.oslo.kommune.no"])("%s is not localhost", (navn) => {
    expect(erLocalhostNavn(navn)).toBe(false);
  });
});
