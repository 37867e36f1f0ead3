/** A search parameter as Next.js hands it to a page: absent, once, or repeated. */
export type SearchParam = string | string[] | undefined;

/** The first value of a search parameter. */
function first(value: SearchParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A paging cursor from the URL, or undefined. Our subgraphs make cursors as base64url of the
 * sort keys; anything else is dropped here instead of being sent on to fail there.
 */
export function parseCursor(value: SearchParam): string | undefined {
  const cursor = first(value);
  return cursor !== undefined && /^[A-Za-z0-9_-]{1,512}$/.test(cursor) ? cursor : undefined;
}

/** One of a page's filter choices from the URL, else the page's default. */
export function parseChoice<T extends string>(value: SearchParam, choices: readonly T[], fallback: T): T {
  const chosen = first(value);
  return choices.find((choice) => choice === chosen) ?? fallback;
}

/**
 * The URL of a list page with its filter and cursor; the default filter and an absent cursor
 * are left out, so the plain path is the first page of the default view.
 */
export function listHref(
  path: string,
  params: Record<string, string | undefined>,
  defaults: Record<string, string> = {},
) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== defaults[name]) query.set(name, value);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A connection's paging as the GraphQL operations return it. */
interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** The cursor of the next page, or null on the last page. */
export function nextCursor(pageInfo: PageInfo): string | null {
  return pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null;
}
