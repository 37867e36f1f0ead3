import { BlockList, isIP } from "node:net";

/**
 * Address ranges a signed request from Min kommune must never reach in production: the host
 * itself, private and carrier networks, link-local (cloud metadata at 169.254.169.254),
 * unspecified, multicast and reserved space. IPv4-mapped and IPv4-compatible IPv6 are refused
 * whole, since they are only another spelling of an IPv4 address.
 */
// Two lists: BlockList matches IPv4 addresses against IPv6 rules through their mapped form, so
// one list refusing ::ffff:0:0/96 would refuse every IPv4 address.
const INTERNE_IPV4 = new BlockList();
const INTERNE_IPV6 = new BlockList();
for (const [nett, prefiks] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  INTERNE_IPV4.addSubnet(nett, prefiks, "ipv4");
}
for (const [nett, prefiks] of [
  ["::", 96], // unspecified, loopback and IPv4-compatible
  ["::ffff:0:0", 96], // IPv4-mapped
  ["64:ff9b:1::", 48], // local-use NAT64
  ["fc00::", 7], // unique local (ULA)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still routed by some networks)
  ["ff00::", 8], // multicast
] as const) {
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
  return versjon === 4 ? INTERNE_IPV4.check(ip, "ipv4") : INTERNE_IPV6.check(ip, "ipv6");
}

/** True for localhost and its subdomains, also written with the trailing dot of a fully qualified name. */
export function erLocalhostNavn(vert: string): boolean {
  const navn = vert.toLowerCase().replace(/\.+$/, "");
  return navn === "localhost" || navn.endsWith(".localhost");
}
