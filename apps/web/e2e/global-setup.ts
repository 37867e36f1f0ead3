import { join } from "node:path";
import { STACK_CONTROL_ENV, startStackControl } from "./stack/control.ts";
import { webAuthSecret } from "./stack/services.ts";
import { startStack } from "./stack/start-stack.ts";

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the real stack on 127.0.0.1 with fresh storage and returns the teardown that stops
 * every process (SIGTERM, then SIGKILL) and deletes the storage.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const logDir = join(import.meta.dirname, "../test-results/stack-logs");
  const stack = await startStack({ logDir, readyTimeoutMs: READY_TIMEOUT_MS });
  // Tests that forge a session cookie (to test expiry) need the web app's secret; workers inherit this.
  process.env.E2E_AUTH_SECRET = webAuthSecret(stack.services);
  // Lets the resilience test stop a service and start it again; restarted processes stay in `running`.
  const control = await startStackControl({ running: stack.running, logDir, readyTimeoutMs: READY_TIMEOUT_MS });
  process.env[STACK_CONTROL_ENV] = control.url;
  return async () => {
    await control.close();
    await stack.stop();
  };
}
