import { expect, test } from "@playwright/test";

/** Uncompressed JavaScript the front page may load: React and Next.js (~430 kB) plus our components. */
const FIRST_LOAD_JS_BUDGET = 600 * 1024;

test("the front page stays within its JavaScript budget (no whole Designsystemet barrel)", async ({ page }) => {
  const html = await (await page.request.get("/")).text();
  // Module scripts only: the nomodule polyfill is never run by the browsers we support.
  const scripts = [...html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)"(?![^>]*noModule)/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const src of new Set(scripts)) total += (await (await page.request.get(src ?? "")).body()).length;
  expect(total).toBeLessThan(FIRST_LOAD_JS_BUDGET);
});
