import type { Page } from "@playwright/test";

/** Collects the browser's Content-Security-Policy reports for pages on `origin` (ours, not the IdP's). */
export function collectCspViolations(page: Page, origin: string): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    const from = message.location().url || page.url();
    if (from.startsWith(origin) && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
