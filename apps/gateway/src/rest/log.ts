/** Writes one structured log line; injectable so tests can read what support would see. */
export type RestLog = (entry: Record<string, unknown>) => void;

/** One JSON object per line on stderr, ready for a log shipper. */
export const jsonLineLog: RestLog = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};
