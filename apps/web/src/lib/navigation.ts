import type { MessageKey } from "../i18n/messages.ts";

/** One entry of the main navigation. */
export interface NavItem {
  href: string;
  label: MessageKey;
}

/** The signed-in citizen's main navigation, in the order it is shown. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "nav.forside" },
  { href: "/post", label: "nav.post" },
  { href: "/saker", label: "nav.saker" },
  { href: "/oppgaver", label: "nav.oppgaver" },
  { href: "/fakturaer", label: "nav.fakturaer" },
  { href: "/sok", label: "nav.sok" },
  { href: "/profil", label: "nav.profil" },
];

/**
 * Whether `href` is the page the citizen is on: the front page only on "/", the others also
 * on their sub-pages (a letter under /post is still Post).
 */
export function isCurrentPage(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * Where to send the browser back to after a form post (language switch, mark as read): the
 * path and query of a same-origin Referer, else the front page. Never another origin.
 */
export function returnPath(referer: string | null | undefined, origin: string): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (url.origin !== new URL(origin).origin) return "/";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/";
  }
}
