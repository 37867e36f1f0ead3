/** One filter of a list page, as a link. */
export interface FilterTab {
  href: string;
  label: string;
  current: boolean;
}

/**
 * The views of a list page (open/done, unread/all) as plain links: server-rendered, they work
 * without JavaScript and each view has its own URL; the current one carries aria-current.
 */
export function FilterTabs({ label, tabs }: { label: string; tabs: readonly FilterTab[] }) {
  return (
    <nav aria-label={label}>
      <ul className="app-tabs">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <a href={tab.href} aria-current={tab.current ? "page" : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
