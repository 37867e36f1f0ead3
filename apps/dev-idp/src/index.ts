import { defaultDataDir } from "./config/data-dir.ts";
import { loadOrCreateOppgaveClientKey, oppgaveClientKeyFile, publicJwks } from "./config/keys.ts";
import { readServerEnv } from "./env.ts";
import { createDevIdp } from "./server.ts";

const env = readServerEnv();
const dataDir = env.DATA_DIR ?? defaultDataDir();
// The Oppgave service's KRR client: its public key from the environment, or a key pair made once
// under DATA_DIR, whose private half the Oppgave subgraph reads (KRR_MASKINPORTEN_KEY_FILE).
const oppgaveClientJwks =
  env.DEV_IDP_OPPGAVE_JWKS ?? publicJwks({ keys: [await loadOrCreateOppgaveClientKey(dataDir)] });
const devIdp = await createDevIdp({
  host: env.HOST,
  port: env.PORT,
  idportenIssuer: env.IDPORTEN_ISSUER,
  maskinportenIssuer: env.MASKINPORTEN_ISSUER,
  idportenAudience: env.IDPORTEN_AUDIENCE,
  maskinportenAudience: env.MASKINPORTEN_AUDIENCE,
  webClientId: env.IDPORTEN_CLIENT_ID,
  webClientSecret: env.IDPORTEN_CLIENT_SECRET,
  jwks: env.DEV_IDP_JWKS,
  dataDir,
  oppgaveClientJwks,
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.error(
    `dev-idp: ${env.HOST}:${env.PORT} is already in use (is a dev-idp running? set PORT to use another port)`,
  );
  process.exit(1);
});

console.log(`dev-idp listening on ${devIdp.url}`);
console.log(`  ID-porten:    ${devIdp.idportenIssuer}/.well-known/openid-configuration`);
console.log(`  Maskinporten: ${devIdp.maskinportenIssuer}/.well-known/openid-configuration`);
console.log(
  env.DEV_IDP_OPPGAVE_JWKS
    ? "  Oppgave's KRR client: key from DEV_IDP_OPPGAVE_JWKS"
    : `  Oppgave's KRR client: private key in ${oppgaveClientKeyFile(dataDir)}`,
);

let closing = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    devIdp.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("dev-idp: shutdown failed", error);
        process.exit(1);
      },
    );
  });
}
