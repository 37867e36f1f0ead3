import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and expects no violations, listing any it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams the <title> after the body on client navigations and server-action refreshes;
  // check the page as the citizen gets it, once the title has arrived (a missing title still fails).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }));
  expect(summary).toEqual([]);
}
