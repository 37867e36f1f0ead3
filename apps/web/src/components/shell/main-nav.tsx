"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPage } from "../../lib/navigation.ts";

/** A navigation entry with its label already in the citizen's language. */
export interface MainNavLink {
  href: string;
  label: string;
}

/**
 * The main navigation. A client component only to know the current path (the layout does not
 * re-render between pages), so the current page carries aria-current="page".
 */
export function MainNav({ label, links }: { label: string; links: readonly MainNavLink[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="app-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrentPage(pathname, link.href) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
