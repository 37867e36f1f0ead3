import { BlockList, isIP } from "node:net";

/**
 * Address ranges a signed request from Min kommune must never reach in production: the host
 * itself, private and carrier networks, link-local (cloud metadata at 169.254.169.254),
 * unspecified, multicast and reserved space, and the IPv6 forms that carry an IPv4 address
 * inside them (see the IPv6 list for which are refused whole and which by what they embed).
 */
const INTERNE_IPV4_NETT = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.88.99.0", 24], // the retired 6to4 relay anycast (RFC 7526)
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const;

/**
 * IPv6 ranges refused whole. The IPv4-in-IPv6 forms are here when no endpoint has a reason to
 * use them: mapped, compatible and translated addresses are only another spelling of an IPv4
 * address; 6to4 (deprecated by RFC 7526) and Teredo (a NAT-traversal tunnel) reach a host through
 * relays we do not control that unwrap the packet towards the embedded IPv4, so even one with a
 * public IPv4 inside is refused. Local-use NAT64 translates into whatever the operator's network
 * holds, internal addresses included.
 */
const INTERNE_IPV6_NETT = [
  ["::", 96], // unspecified, loopback and IPv4-compatible
  ["::ffff:0:0", 96], // IPv4-mapped
  ["::ffff:0:0:0", 96], // IPv4-translated (SIIT, RFC 2765)
  ["64:ff9b:1::", 48], // local-use NAT64 (RFC 8215)
  ["100::", 64], // discard-only
  ["2001::", 32], // Teredo
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["fc00::", 7], // unique local (ULA)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routed by some networks)
  ["ff00::", 8], // multicast
] as const;

/**
 * The NAT64 well-known prefix (RFC 6052): 64:ff9b::a.b.c.d is how an IPv6-only host reaches the
 * IPv4 address a.b.c.d through DNS64 and a translator. It goes exactly where the IPv4 address
 * goes, so it is judged by the address it embeds: refused when that is internal, allowed when
 * public. A network-specific NAT64 prefix cannot be recognised from the address alone.
 */
const NAT64_PREFIKS = "64:ff9b::";

/** An IPv4 subnet written inside the NAT64 well-known prefix (e.g. 10.0.0.0/8 → 64:ff9b::a00:0/104). */
function iNat64(nett: string, prefiks: number): [string, number] {
  const [a, b, c, d] = nett.split(".").map(Number) as [number, number, number, number];
  const hex = (x: number, y: number) => ((x << 8) | y).toString(16);
  return [`${NAT64_PREFIKS}${hex(a, b)}:${hex(c, d)}`, 96 + prefiks];
}

// Two lists: BlockList matches IPv4 addresses against IPv6 rules through their mapped form, so
// one list refusing ::ffff:0:0/96 would refuse every IPv4 address.
const INTERNE_IPV4 = new BlockList();
const INTERNE_IPV6 = new BlockList();
for (const [nett, prefiks] of INTERNE_IPV4_NETT) {
  INTERNE_IPV4.addSubnet(nett, prefiks, "ipv4");
  INTERNE_IPV6.addSubnet(...iNat64(nett, prefiks), "ipv6");
}
for (const [nett, prefiks] of INTERNE_IPV6_NETT) {
  INTERNE_IPV6.addSubnet(nett, prefiks, "ipv6");
}

/** An IP address without the brackets a URL puts around IPv6. */
function utenKlammer(adresse: string): string {
  return adresse.startsWith("[") && adresse.endsWith("]") ? adresse.slice(1, -1) : adresse;
}

/** True when `adresse` is an IP literal (IPv6 with or without brackets). */
export function erIpAdresse(adresse: string): boolean {
  return isIP(utenKlammer(adresse)) !== 0;
}

/** True when `adresse` is an IP address in an internal range; false for anything else, names included. */
export function erInternAdresse(adresse: string): boolean {
  const ip = utenKlammer(adresse);
  const versjon = isIP(ip);
  if (versjon === 0) return false;
  if (versjon === 4) return INTERNE_IPV4.check(ip, "ipv4");
  // A zone index (fe80::1%eth0) names a local interface, so the address is scoped to this host's
  // links; BlockList would not match it against any rule.
  if (ip.includes("%")) return true;
  return INTERNE_IPV6.check(ip, "ipv6");
}

/** True for localhost and its subdomains, also written with the trailing dot of a fully qualified name. */
export function erLocalhostNavn(vert: string): boolean {
  const navn = vert.toLowerCase().replace(/\.+$/, "");
  return navn === "localhost" || navn.endsWith(".localhost");
}
