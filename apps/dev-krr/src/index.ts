import { readEnv } from "./env.ts";
import { createDevKrr } from "./server.ts";

const env = readEnv();
const devKrr = await createDevKrr({ host: env.HOST, port: env.PORT }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.error(
    `dev-krr: ${env.HOST}:${env.PORT} is already in use (is a dev-krr running? set PORT to use another port)`,
  );
  process.exit(1);
});
console.log(`dev-krr (KRR stand-in) listening on ${devKrr.url}/rest/v1/personer`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    devKrr.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
