import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";

/** Serves one request to a provider mounted below a path prefix; `rest` is the path below it. */
export type MountedProvider = (req: IncomingMessage, rest: string, res: ServerResponse) => void;

/**
 * Serves `provider` below a path prefix the way connect's `app.use(prefix, ...)` does: the
 * provider sees the path without the prefix, and `req.originalUrl` keeps the full one, which
 * oidc-provider uses to put the prefix back into the URLs it generates (discovery, redirects).
 */
export function mountProvider(provider: Provider): MountedProvider {
  const callback = provider.callback() as (req: IncomingMessage, res: ServerResponse) => void;
  return (req, rest, res) => {
    (req as IncomingMessage & { originalUrl?: string }).originalUrl = req.url;
    req.url = rest;
    callback(req, res);
  };
}
