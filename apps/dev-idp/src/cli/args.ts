import { type Innloggingsniva, isValidPersonId } from "@minkommune/auth";
import { DEMO_INTEGRASJONER, type DemoIntegrasjon, findKommune } from "@minkommune/demo-data";

/** What `dev-token` was asked to do. */
export type Command =
  | { kind: "innbygger"; pid: string; niva: Innloggingsniva }
  | { kind: "fagsystem"; integrasjon: DemoIntegrasjon }
  | { kind: "list" };

/** The parsed command, or the reason the arguments make no sense. */
export type ParsedArgs = { ok: true; command: Command } | { ok: false; message: string };

/** How to call `dev-token`, printed on bad arguments. */
export const USAGE = `Usage: npm run dev:token -- <command>

Commands:
  innbygger <fødselsnummer> [--level 3|4]   log in at the local ID-porten; prints an Authorization header
  fagsystem <fiksOrgId or kommunenummer>    prints Maskinporten and Fiks integration headers for that kommune
  list                                      lists the demo persons and municipalities

Talks to the dev-idp at DEV_IDP_URL (default http://localhost:4400).`;

function parseLevel(options: readonly string[]): Innloggingsniva | string {
  if (options.length === 0) return 3;
  const [first, second] = options;
  let value: string | undefined;
  if (options.length === 1 && first?.startsWith("--level=")) value = first.slice("--level=".length);
  else if (options.length === 2 && first === "--level") value = second;
  else return "innbygger takes only --level 3|4 after the fødselsnummer";
  if (value === "3") return 3;
  if (value === "4") return 4;
  return "--level must be 3 (MinID) or 4 (BankID)";
}

function parseInnbygger(args: string[]): ParsedArgs {
  const [pid, ...options] = args;
  if (pid === undefined) return { ok: false, message: "innbygger needs a fødselsnummer" };
  // The value itself is never echoed back: it may be a real person's number typed by mistake.
  if (!isValidPersonId(pid))
    return { ok: false, message: "not a valid fødselsnummer (11 digits, valid control digits)" };
  const niva = parseLevel(options);
  if (typeof niva === "string") return { ok: false, message: niva };
  return { ok: true, command: { kind: "innbygger", pid, niva } };
}

function parseFagsystem(args: string[]): ParsedArgs {
  if (args.length !== 1 || args[0] === undefined)
    return { ok: false, message: "fagsystem needs one fiksOrgId or kommunenummer" };
  const kommune = findKommune(args[0]);
  const integrasjon = kommune && DEMO_INTEGRASJONER.find((candidate) => candidate.fiksOrgId === kommune.fiksOrgId);
  if (!integrasjon) return { ok: false, message: `no demo integration for kommune "${args[0]}" (see: list)` };
  return { ok: true, command: { kind: "fagsystem", integrasjon } };
}

/** Parses the arguments after the script name. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  switch (command) {
    case "innbygger":
      return parseInnbygger(rest);
    case "fagsystem":
      return parseFagsystem(rest);
    case "list":
      return rest.length === 0
        ? { ok: true, command: { kind: "list" } }
        : { ok: false, message: "list takes no arguments" };
    default:
      return { ok: false, message: command === undefined ? "missing command" : `unknown command: ${command}` };
  }
}
