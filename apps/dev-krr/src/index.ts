import { readEnv } from "./env.ts";
import { createDevKrr } from "./server.ts";

const env = readEnv();
const devKrr = await createDevKrr({
  host: env.HOST,
  port: env.PORT,
  ...(env.KRR_MASKINPORTEN_ISSUER ? { maskinporten: { issuer: env.KRR_MASKINPORTEN_ISSUER } } : {}),
}).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.error(
    `dev-krr: ${env.HOST}:${env.PORT} is already in use (is a dev-krr running? set PORT to use another port)`,
  );
  process.exit(1);
});
console.log(`dev-krr (KRR stand-in) listening on ${devKrr.url}/rest/v1/personer`);
console.log(
  env.KRR_MASKINPORTEN_ISSUER
    ? `  requires Maskinporten tokens from ${env.KRR_MASKINPORTEN_ISSUER} with scope krr:global/kontaktinformasjon.read`
    : "  open: no token required (set KRR_MASKINPORTEN_ISSUER to require Maskinporten tokens)",
);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    devKrr.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
