import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { loggInn } from "./support/login.ts";

/** First-load JavaScript a route may load, gzip-compressed (as served): 150 kB. */
const FIRST_LOAD_JS_GZIP_BUDGET = 150 * 1024;

/** The module scripts a page's HTML loads; the nomodule polyfill is never run by the browsers we support. */
async function firstLoadScripts(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  const scripts = [...html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)"(?![^>]*noModule)/g)].map((m) => m[1]);
  return [...new Set(scripts.filter((src): src is string => src !== undefined))];
}

/** Gzip size of the route's first-load JavaScript, in bytes. */
async function firstLoadGzip(page: Page, path: string): Promise<number> {
  const scripts = await firstLoadScripts(page, path);
  expect(scripts.length, path).toBeGreaterThan(0);
  let total = 0;
  for (const src of scripts) total += gzipSync(await (await page.request.get(src)).body()).length;
  return total;
}

test("the front page stays within its JavaScript budget (no whole Designsystemet barrel)", async ({ page }) => {
  expect(await firstLoadGzip(page, "/")).toBeLessThan(FIRST_LOAD_JS_GZIP_BUDGET);
});

test("every signed-in route stays within 150 kB gzip of first-load JavaScript", async ({ page }, testInfo) => {
  await loggInn(page);
  const sizes: Record<string, number> = {};
  for (const path of [
    "/",
    "/post",
    "/post/d0c5e11a-0000-4000-8000-000000000001",
    "/saker",
    "/saker/5a4e0000-0000-4000-8000-000000000001",
    "/oppgaver",
    "/fakturaer",
    "/fakturaer/fa000000-0000-4000-8000-000000001004",
    "/sok?q=vedtak",
    "/profil",
  ]) {
    sizes[path] = await firstLoadGzip(page, path);
  }
  await testInfo.attach("first-load-js-gzip.json", {
    body: JSON.stringify(sizes, null, 2),
    contentType: "application/json",
  });
  console.log("first-load JS (gzip bytes):", JSON.stringify(sizes));
  for (const [path, size] of Object.entries(sizes)) expect(size, path).toBeLessThan(FIRST_LOAD_JS_GZIP_BUDGET);
});
