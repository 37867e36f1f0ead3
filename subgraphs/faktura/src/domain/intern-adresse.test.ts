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
    "192.88.99.1",
    "::1",
    "::",
    "[::1]",
    "::ffff:7f00:1",
    "::ffff:8.8.8.8",
    "fd12:3456::1",
    "fe80::1",
    "fe80::1%eth0",
    "2001:db8::1",
    "100::1",
  ])("%s is internal", (ip) => {
    expect(erInternAdresse(ip)).toBe(true);
  });

  it.each(["8.8.8.8", "172.32.0.1", "193.161.0.1", "2001:4860:4860::8888", "faktura.oslo.kommune.no"])(
    "%s is not",
    (adresse) => {
      expect(erInternAdresse(adresse)).toBe(false);
    },
  );

  describe("IPv6 forms that carry an IPv4 address", () => {
    it.each([
      ["NAT64 of loopback", "64:ff9b::127.0.0.1"],
      ["NAT64 of loopback, in hex", "64:ff9b::7f00:1"],
      ["NAT64 of the top of loopback", "[64:ff9b::7fff:ffff]"],
      ["NAT64 of 10.x", "64:ff9b::10.20.30.40"],
      ["NAT64 of the metadata service", "64:ff9b::a9fe:a9fe"],
      ["NAT64 of 192.168.x", "64:ff9b::192.168.1.1"],
      ["NAT64 of 172.16.x", "64:ff9b::172.16.0.1"],
      ["NAT64 of carrier-grade NAT", "64:ff9b::100.64.0.1"],
      ["NAT64 of 0.0.0.0", "64:ff9b::"],
      ["NAT64 of multicast", "64:ff9b::224.0.0.1"],
      ["local-use NAT64, even of a public address", "64:ff9b:1::808:808"],
      ["local-use NAT64 of loopback", "64:ff9b:1:ffff::7f00:1"],
      ["6to4 of loopback", "2002:7f00:1::1"],
      ["6to4 of 10.x", "2002:a00:1::1"],
      ["6to4 of the metadata service", "2002:a9fe:a9fe::1"],
      ["6to4 of 192.168.x", "2002:c0a8:101::1"],
      ["6to4 of a public address (6to4 is refused whole)", "2002:808:808::1"],
      ["Teredo with loopback as server", "2001:0:7f00:1::1"],
      ["Teredo with a public server (Teredo is refused whole)", "2001:0:4136:e378:8000:63bf:3fff:fdd2"],
      ["IPv4-mapped loopback", "::ffff:127.0.0.1"],
      ["IPv4-mapped metadata service", "[::ffff:169.254.169.254]"],
      ["IPv4-mapped 10.x in hex", "::ffff:a00:1"],
      ["IPv4-mapped public address (refused whole)", "::ffff:193.161.0.1"],
      ["IPv4-compatible loopback", "::127.0.0.1"],
      ["IPv4-compatible 192.168.x", "::c0a8:101"],
      ["IPv4-compatible public address (refused whole)", "::8.8.8.8"],
      ["IPv4-translated loopback", "::ffff:0:7f00:1"],
      ["IPv4-translated public address (refused whole)", "::ffff:0:808:808"],
    ])("%s (%s) is internal", (_navn, ip) => {
      expect(erInternAdresse(ip)).toBe(true);
    });

    it.each([
      ["NAT64 of a public address: goes where 8.8.8.8 goes", "64:ff9b::8.8.8.8"],
      ["NAT64 of a public address, in hex", "64:ff9b::c1a1:1"],
      ["NAT64 just past loopback", "64:ff9b::128.0.0.1"],
      ["NAT64 just past 172.16.0.0/12", "64:ff9b::172.32.0.1"],
      ["an address beside the NAT64 prefix", "64:ff9c::7f00:1"],
      ["an address beside 6to4", "2003::7f00:1"],
      ["an address beside Teredo", "2001:1::7f00:1"],
    ])("%s (%s) is not", (_navn, ip) => {
      expect(erInternAdresse(ip)).toBe(false);
    });
  });

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
