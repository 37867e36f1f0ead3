import { DEMO_KOMMUNER, DEMO_PERSONER, type DemoIntegrasjon } from "@minkommune/demo-data";

/** Lines `Name: value` for a fagsystem request: the Maskinporten token and the Fiks integration headers. */
export function fagsystemHeaders(accessToken: string, integrasjon: DemoIntegrasjon): string[] {
  return [
    `Authorization: Bearer ${accessToken}`,
    `IntegrasjonId: ${integrasjon.integrasjonId}`,
    `IntegrasjonPassord: ${integrasjon.passord}`,
  ];
}

/** Left-aligned columns separated by two spaces, header first. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The demo persons and municipalities (all synthetic test data). */
export function demoDataListing(): string[] {
  return [
    "Test persons",
    ...table(
      ["pid", "name"],
      DEMO_PERSONER.map((person) => [person.pid, person.navn]),
    ),
    "",
    "Municipalities",
    ...table(
      ["kommunenummer", "name", "fiksOrgId"],
      DEMO_KOMMUNER.map((kommune) => [kommune.kommunenummer, kommune.navn, kommune.fiksOrgId]),
    ),
  ];
}
