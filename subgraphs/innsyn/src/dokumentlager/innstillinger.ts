import { z } from "zod";

const schema = z.object({
  /** The upload limit in bytes. */
  DOKUMENT_MAKS_BYTES: z.coerce.number().int().positive().optional(),
  /** Prefix of returned download links, e.g. the web app's origin. */
  DOKUMENT_LENKE_BASE: z.url().optional(),
});

/** The document store's settings from the environment; a malformed value stops the start. */
export function dokumentInnstillinger(env: Record<string, string | undefined>) {
  const parsed = schema.parse(env);
  return {
    ...(parsed.DOKUMENT_MAKS_BYTES ? { maksDokumentStorrelse: parsed.DOKUMENT_MAKS_BYTES } : {}),
    ...(parsed.DOKUMENT_LENKE_BASE ? { dokumentlenkeBase: parsed.DOKUMENT_LENKE_BASE.replace(/\/$/, "") } : {}),
  };
}
