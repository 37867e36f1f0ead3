/**
 * The part of an error that is safe to log and store. A drizzle query error's message repeats
 * the query's parameters (person ids among them), so only the database's own message is kept.
 */
export function safeErrorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const fromQuery = "params" in error && error.cause instanceof Error;
  const inner = fromQuery ? (error.cause as Error) : error;
  return `${inner.name}: ${inner.message}`.slice(0, 2000);
}
