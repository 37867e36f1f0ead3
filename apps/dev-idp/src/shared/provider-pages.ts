import type { ErrorOut, KoaContextWithOIDC } from "oidc-provider";
import { errorPage } from "../views/status-pages.ts";

/** oidc-provider's `renderError`: a Norwegian error page instead of the library's English one. */
export function renderErrorPage(merke: string) {
  return (ctx: KoaContextWithOIDC, out: ErrorOut): void => {
    ctx.type = "html";
    ctx.body = errorPage(
      "Innloggingen kunne ikke gjennomføres",
      out.error_description ?? "Forespørselen var ugyldig.",
      out.error,
      merke,
    );
  };
}
