import { existsSync } from "node:fs";
import { join } from "node:path";
import { STACK_CONTROL_ENV, startStackControl } from "./stack/control.ts";
import { createStackStorage } from "./stack/database.ts";
import { assertNotRunning, type RunningService, startService, stopService, waitUntilReady } from "./stack/process.ts";
import { stackServices, webAuthSecret } from "./stack/services.ts";

const WEB_DIR = join(import.meta.dirname, "..");
const REPO_ROOT = join(WEB_DIR, "../..");
const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the real stack on 127.0.0.1 with fresh storage and returns the teardown that stops
 * every process (SIGTERM, then SIGKILL) and deletes the storage.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(WEB_DIR, ".next/BUILD_ID"))) {
    throw new Error("apps/web is not built: run `npm run build -w @minkommune/web` (turbo's test:e2e does it first)");
  }
  // Before creating anything: a stack already on these ports would answer in place of ours.
  for (const spec of stackServices(REPO_ROOT, {})) await assertNotRunning(spec);
  const storage = await createStackStorage();
  const services = stackServices(REPO_ROOT, storage.env);
  // Tests that forge a session cookie (to test expiry) need the web app's secret; workers inherit this.
  process.env.E2E_AUTH_SECRET = webAuthSecret(services);

  const logDir = join(WEB_DIR, "test-results/stack-logs");
  const running: RunningService[] = [];
  // Lets the resilience test stop a subgraph and start it again; restarted processes stay in `running`.
  const control = await startStackControl({ running, logDir, readyTimeoutMs: READY_TIMEOUT_MS });
  process.env[STACK_CONTROL_ENV] = control.url;
  const teardown = async () => {
    await control.close();
    // Reverse order: the web app and gateway go before what they call.
    for (const service of [...running].reverse()) await stopService(service);
    await storage.dispose();
  };
  try {
    for (const spec of services) {
      const service = startService(spec, logDir);
      running.push(service);
      await waitUntilReady(service, READY_TIMEOUT_MS);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
