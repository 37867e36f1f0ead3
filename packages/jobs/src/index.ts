export * from "./backoff.ts";
export * from "./enqueue.ts";
export * from "./executor.ts";
export { LeaseLostError } from "./finish.ts";
export * from "./purge.ts";
export * from "./queue.ts";
export * from "./table.ts";
export * from "./worker.ts";
