import { readFileSync } from "node:fs";

// /proc/<pid>/stat counts CPU time in clock ticks (USER_HZ), which is 100 per second on Linux.
const TICK_MS = 10;

/** CPU time (user + system) a process has used so far, in milliseconds; Linux only. */
export function processCpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may itself contain spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/**
 * CPU milliseconds per request that each process, this client, and the rest of the machine
 * spend while `work` sends `requests` requests.
 */
export async function cpuPerRequest(
  processes: Record<string, number>,
  requests: number,
  work: () => Promise<void>,
): Promise<Record<string, number>> {
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, processCpuMs(pid)]));
  const self = process.cpuUsage();
  const machineBefore = machineBusyMs();
  await work();
  const machine = machineBusyMs() - machineBefore;
  const used = process.cpuUsage(self);
  const result: Record<string, number> = {};
  for (const [name, pid] of Object.entries(processes))
    result[name] = (processCpuMs(pid) - (before[name] ?? 0)) / requests;
  result.client = (used.user + used.system) / 1000 / requests;
  const counted = Object.values(result).reduce((sum, ms) => sum + ms, 0);
  // PostgreSQL's backends, the kernel's share of loopback networking, and anything else running.
  result["PostgreSQL and the rest"] = Math.max(0, machine / requests - counted);
  return result;
}

/** CPU time all cores of the machine have spent busy so far (not idle, not waiting on I/O), in ms. */
export function machineBusyMs(): number {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]?.trim().split(/\s+/) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}
