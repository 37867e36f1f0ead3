import type { Translate } from "../../i18n/t.ts";
import { Button } from "../ds.ts";

/** Where a list page stands in cursor paging. */
export interface Paging {
  /** The list's URL at a cursor; without one, its first page. */
  href: (cursor?: string) => string;
  /** The cursor this page was asked with; undefined on the first page. */
  after: string | undefined;
  /** The cursor of the next page; null on the last page. */
  endCursor: string | null;
}

/** Cursor paging: forward to the next page, back to the first (a cursor only leads on). */
export function Pager({ paging, t }: { paging: Paging; t: Translate }) {
  const { href, after, endCursor } = paging;
  if (!endCursor && !after) return null;
  return (
    <nav aria-label={t("paging.label")} className="app-row">
      {after && (
        <Button asChild variant="tertiary">
          <a href={href()}>{t("paging.first")}</a>
        </Button>
      )}
      {endCursor && (
        <Button asChild variant="secondary">
          <a href={href(endCursor)}>{t("paging.next")}</a>
        </Button>
      )}
    </nav>
  );
}
