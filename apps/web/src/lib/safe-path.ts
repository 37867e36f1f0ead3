/**
 * A path on this site to return to after a login, from an untrusted form field: only an
 * absolute path ("/post/…"), never another origin ("//evil", "https://…") or a backslash
 * trick; anything else gives the front page.
 */
export function safeLocalPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 512) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  try {
    const url = new URL(value, "http://local");
    return url.origin === "http://local" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
