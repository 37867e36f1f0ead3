import type { Translate } from "../../i18n/t.ts";
import { Button } from "../ds.ts";

interface PagerProps {
  /** The next page's URL, or null on the last page. */
  nextHref: string | null;
  /** The first page's URL, or null when this is the first page. */
  firstHref: string | null;
  t: Translate;
}

/** Cursor paging: forward to the next page, back to the first (a cursor only leads on). */
export function Pager({ nextHref, firstHref, t }: PagerProps) {
  if (!nextHref && !firstHref) return null;
  return (
    <nav aria-label={t("paging.label")} className="app-row">
      {firstHref && (
        <Button asChild variant="tertiary">
          <a href={firstHref}>{t("paging.first")}</a>
        </Button>
      )}
      {nextHref && (
        <Button asChild variant="secondary">
          <a href={nextHref}>{t("paging.next")}</a>
        </Button>
      )}
    </nav>
  );
}
