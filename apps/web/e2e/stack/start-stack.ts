import { existsSync } from "node:fs";
import { join } from "node:path";
import { createStackStorage } from "./database.ts";
import {
  assertNotRunning,
  type RunningService,
  type ServiceSpec,
  startService,
  stopService,
  waitUntilReady,
} from "./process.ts";
import { stackServices } from "./services.ts";

const WEB_DIR = join(import.meta.dirname, "../..");
const REPO_ROOT = join(WEB_DIR, "../..");

/** A started stack: its services (in start order, restarts replace entries) and how to stop it. */
export interface RunningStack {
  services: readonly ServiceSpec[];
  running: RunningService[];
  logDir: string;
  /** Stops every process (SIGTERM, then SIGKILL), in reverse start order, and deletes the storage. */
  stop(): Promise<void>;
}

/**
 * Starts the real stack on 127.0.0.1 with fresh storage, each service waited for before the
 * next: what the e2e tests and the dashboard benchmark run against. Fails, having stopped what
 * it started, when apps/web is not built, when something already answers on the stack's ports,
 * or when a service does not come up within `readyTimeoutMs`.
 */
export async function startStack({
  logDir,
  readyTimeoutMs,
}: {
  logDir: string;
  readyTimeoutMs: number;
}): Promise<RunningStack> {
  if (!existsSync(join(WEB_DIR, ".next/BUILD_ID"))) {
    throw new Error("apps/web is not built: run `npm run build -w @minkommune/web` (turbo's test:e2e does it first)");
  }
  // Before creating anything: a stack already on these ports would answer in place of ours.
  for (const spec of stackServices(REPO_ROOT, {})) await assertNotRunning(spec);
  const storage = await createStackStorage();
  const services = stackServices(REPO_ROOT, storage.env);
  const running: RunningService[] = [];
  const stop = async () => {
    // Reverse order: the web app and gateway go before what they call.
    for (const service of [...running].reverse()) await stopService(service);
    await storage.dispose();
  };
  try {
    for (const spec of services) {
      const service = startService(spec, logDir);
      running.push(service);
      await waitUntilReady(service, readyTimeoutMs);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { services, running, logDir, stop };
}
