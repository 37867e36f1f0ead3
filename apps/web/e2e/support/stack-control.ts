import { STACK_CONTROL_ENV, type StoppableService } from "../stack/control.ts";

async function control(service: StoppableService, action: "stop" | "start"): Promise<void> {
  const base = process.env[STACK_CONTROL_ENV];
  if (!base) throw new Error(`${STACK_CONTROL_ENV} is set by the global setup`);
  const response = await fetch(`${base}/${service}/${action}`, { method: "POST", signal: AbortSignal.timeout(90_000) });
  if (response.status !== 204) throw new Error(`${action} ${service}: ${response.status} ${await response.text()}`);
}

/** Stops one subgraph (or dev-krr) process of the stack (SIGTERM, then SIGKILL); returns once it is gone. */
export function stopSubgraph(service: StoppableService): Promise<void> {
  return control(service, "stop");
}

/** Starts a stopped subgraph (or dev-krr) again on its port and storage; returns once it answers /health. */
export function startSubgraph(service: StoppableService): Promise<void> {
  return control(service, "start");
}
