/**
 * `npm run dev:token -- …`: gets real tokens from a running dev-idp for calling the API by hand
 * (curl, GraphQL clients). See USAGE in ./args.ts.
 */
import { fetchMaskinportenToken, loginInnbygger } from "../client.ts";
import { IDPORTEN_PATH, MASKINPORTEN_PATH } from "../config/constants.ts";
import { readCliEnv } from "../env.ts";
import { type Command, parseArgs, USAGE } from "./args.ts";
import { demoDataListing, fagsystemHeaders } from "./output.ts";

async function run(command: Command, baseUrl: string): Promise<string[]> {
  switch (command.kind) {
    case "list":
      return demoDataListing();
    case "innbygger": {
      const issuer = `${baseUrl}${IDPORTEN_PATH}`;
      const { accessToken } = await loginInnbygger({ issuer, pid: command.pid, niva: command.niva });
      return [`Authorization: Bearer ${accessToken}`];
    }
    case "fagsystem": {
      const { integrasjon } = command;
      const accessToken = await fetchMaskinportenToken({
        issuer: `${baseUrl}${MASKINPORTEN_PATH}`,
        clientId: integrasjon.maskinportenClientId,
        clientSecret: integrasjon.maskinportenClientSecret,
      });
      return fagsystemHeaders(accessToken, integrasjon);
    }
  }
}

const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`dev-token: ${parsed.message}\n\n${USAGE}`);
  process.exit(2);
}

const baseUrl = readCliEnv().DEV_IDP_URL.replace(/\/$/, "");
try {
  for (const line of await run(parsed.command, baseUrl)) console.log(line);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  const unreachable = error instanceof TypeError && reason === "fetch failed";
  console.error(
    unreachable
      ? `dev-token: no dev-idp at ${baseUrl}; start it with \`npm run dev -w @minkommune/dev-idp\` or set DEV_IDP_URL`
      : `dev-token: ${reason}`,
  );
  process.exit(1);
}
