interface FilterTabsProps<V extends string> {
  /** Names the navigation landmark ("Vis brev"). */
  label: string;
  /** The page's views, in the order they are shown. */
  views: readonly V[];
  /** The view on screen; its link carries aria-current. */
  current: V;
  /** The URL of a view's first page. */
  href: (view: V) => string;
  /** The link text of a view. */
  text: (view: V) => string;
}

/**
 * The views of a list page (open/done, unread/all) as plain links: server-rendered, they work
 * without JavaScript and each view has its own URL; the current one carries aria-current.
 */
export function FilterTabs<V extends string>({ label, views, current, href, text }: FilterTabsProps<V>) {
  return (
    <nav aria-label={label}>
      <ul className="app-tabs">
        {views.map((view) => (
          <li key={view}>
            <a href={href(view)} aria-current={view === current ? "page" : undefined}>
              {text(view)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
