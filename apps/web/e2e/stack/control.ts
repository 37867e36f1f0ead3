import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type RunningService, startService, stopService, waitUntilReady } from "./process.ts";

/** The services a test may stop and start again: the subgraphs and KRR, whose outage the web app must survive. */
export const STOPPABLE = ["innsyn", "oppgave", "faktura", "dev-krr"] as const;
export type StoppableService = (typeof STOPPABLE)[number];

/** The environment variable that tells test workers where the control endpoint is. */
export const STACK_CONTROL_ENV = "E2E_STACK_CONTROL_URL";

interface ControlOptions {
  /** The stack's running services; a restarted service replaces its old entry, so teardown stops it. */
  running: RunningService[];
  logDir: string;
  readyTimeoutMs: number;
}

/**
 * A small HTTP endpoint on 127.0.0.1 through which test workers (other processes) ask the
 * global setup, which owns the processes, to stop or restart one subgraph (or dev-krr):
 * POST /<name>/stop and POST /<name>/start. Answers 204 once it is done.
 */
export async function startStackControl({ running, logDir, readyTimeoutMs }: ControlOptions) {
  const server = createServer(async (req, res) => {
    const match = /^\/([\w-]+)\/(stop|start)$/.exec(req.url ?? "");
    const name = STOPPABLE.find((service) => service === match?.[1]);
    const index = running.findIndex((service) => service.spec.name === name);
    if (req.method !== "POST" || !match || index < 0) {
      res.writeHead(404).end();
      return;
    }
    const service = running[index] as RunningService;
    try {
      if (match[2] === "stop") {
        await stopService(service);
      } else if (service.child.exitCode !== null || service.child.signalCode !== null) {
        const restarted = startService(service.spec, logDir);
        running[index] = restarted;
        await waitUntilReady(restarted, readyTimeoutMs);
      }
      res.writeHead(204).end();
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
