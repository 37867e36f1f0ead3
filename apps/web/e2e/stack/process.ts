import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";

/** Environment variables for a child process. */
export type Env = Record<string, string | undefined>;

/** One process of the stack and how to tell that it is up. */
export interface ServiceSpec {
  name: string;
  /** Arguments to `node` (the entry file first). */
  args: string[];
  cwd: string;
  env: Env;
  /** A URL that answers 2xx once the service is ready. */
  readyUrl: string;
}

/** A started service. */
export interface RunningService {
  spec: ServiceSpec;
  child: ChildProcess;
  logFile: string;
}

/** Starts a service as a child process, its output going to `<logDir>/<name>.log`. */
export function startService(spec: ServiceSpec, logDir: string): RunningService {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${spec.name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, spec.args, {
    cwd: spec.cwd,
    // Next.js declares NODE_ENV required on ProcessEnv; a child's environment need not have it.
    env: spec.env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: `next start` forks a next-server child that outlives a signal to the CLI alone.
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return { spec, child, logFile };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
    return response.status >= 200 && response.status < 300;
  } catch {
    return false;
  }
}

/** Fails if something already answers on the service's URL: the tests must not run against a stray stack. */
export async function assertNotRunning(spec: ServiceSpec): Promise<void> {
  if (await answers(spec.readyUrl)) {
    throw new Error(`${spec.name}: ${spec.readyUrl} already answers; stop whatever runs there before the e2e tests`);
  }
}

/** Polls the service's ready URL until it answers, the process dies, or the time runs out. */
export async function waitUntilReady(service: RunningService, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(
        `${service.spec.name} exited (${service.child.exitCode ?? service.child.signalCode}); see ${service.logFile}`,
      );
    }
    if (await answers(service.spec.readyUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${service.spec.name} not ready at ${service.spec.readyUrl} within ${timeoutMs} ms; see ${service.logFile}`,
  );
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals the service's whole process group (the negative pid); false when the group is gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** True while any process of the group is still alive (signal 0 only checks). */
function groupAlive(child: ChildProcess): boolean {
  return signalGroup(child, 0);
}

/**
 * Stops a service and everything it forked: SIGTERM to its process group, then SIGKILL
 * if anything in the group is still there after a grace period.
 */
export async function stopService(service: RunningService, graceMs = 5_000): Promise<void> {
  const { child } = service;
  if (!signalGroup(child, "SIGTERM")) return;
  await exited(child, graceMs);
  const deadline = Date.now() + graceMs;
  while (groupAlive(child) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(child)) signalGroup(child, "SIGKILL");
  await exited(child, 1_000);
}
