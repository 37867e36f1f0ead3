import type { ReactNode } from "react";
import type { Translate } from "../../i18n/t.ts";
import { Paragraph } from "../ds.ts";
import { Pager, type Paging } from "./pager.tsx";

interface PagedListProps<T> {
  nodes: readonly T[];
  /** Said in place of the list when this view has nothing. */
  empty: string;
  /** Above a non-empty list: its count, or the actions on it. */
  intro: ReactNode;
  /** One node as its list item (with a key). */
  item: (node: T) => ReactNode;
  paging: Paging;
  t: Translate;
}

/** One page of a list page's items: what it holds (or that it is empty), the items, then paging. */
export function PagedList<T>({ nodes, empty, intro, item, paging, t }: PagedListProps<T>) {
  if (nodes.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      {intro}
      <ul className="app-list">{nodes.map(item)}</ul>
      <Pager paging={paging} t={t} />
    </>
  );
}
