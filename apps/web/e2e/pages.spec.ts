import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

/** Every signed-in page with its level-1 heading in bokmål. */
const PAGES = [
  { path: "/", name: "forside", heading: "Din oversikt", nav: "Forside" },
  { path: "/post", name: "post", heading: "Post fra kommunen", nav: "Post" },
  { path: "/saker", name: "saker", heading: "Saker", nav: "Saker" },
  { path: "/oppgaver", name: "oppgaver", heading: "Oppgaver", nav: "Oppgaver" },
  { path: "/fakturaer", name: "fakturaer", heading: "Fakturaer", nav: "Fakturaer" },
  { path: "/sok?q=vedtak", name: "sok", heading: "Søk", nav: "Søk" },
  { path: "/profil", name: "profil", heading: "Profil", nav: "Profil" },
  {
    path: "/post/d0c5e11a-0000-4000-8000-000000000002",
    name: "brev-detalj",
    heading: "Varsel om eiendomsskatt 2027",
    nav: "Post",
  },
  {
    path: "/saker/5a4e0000-0000-4000-8000-000000000001",
    name: "sak-detalj",
    heading: "Byggesak: tilbygg, Munkegata 12",
    nav: "Saker",
  },
  {
    path: "/fakturaer/fa000000-0000-4000-8000-000000001009",
    name: "faktura-detalj",
    heading: "SFO januar 2026",
    nav: "Fakturaer",
  },
] as const;

/** True when the page needs no horizontal scrolling (WCAG 1.4.10 reflow). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test("every signed-in page is accessible, marks itself in the navigation, and is kept as a screenshot", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  for (const { path, name, heading, nav } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(menu.getByRole("link", { name: nav, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(menu.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(page.getByText(/får ikke hentet/)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, name);
  }
});

test("every page reflows at 320 px and at 200 % zoom, and stays accessible there", async ({ page }, testInfo) => {
  await loggInn(page);
  // 320 CSS px is WCAG's reflow width; 200 % zoom of a 1280 px window gives a 640 px CSS viewport.
  for (const viewport of [
    { width: 320, height: 640, label: "320px" },
    { width: 640, height: 400, label: "zoom200" },
  ]) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const { path, name, heading } of PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
      expect(await fitsWidth(page), `${path} at ${viewport.label}`).toBe(true);
      await expectNoAxeViolations(page);
      await keepScreenshot(page, testInfo, `${name}-${viewport.label}`);
    }
  }
});

test("a page that does not exist answers 404 in the citizen's language", async ({ page }, testInfo) => {
  const response = await page.goto("/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Til forsiden" })).toHaveAttribute("href", "/");
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "ikke-funnet");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("button", { name: "Bokmål" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});

test("a signed-in page asks someone who is not signed in to log in, and reveals nothing", async ({ page }) => {
  for (const path of [
    "/oppgaver",
    "/fakturaer",
    "/post",
    "/profil",
    "/saker",
    "/sok?q=vedtak",
    "/post/d0c5e11a-0000-4000-8000-000000000001",
    "/fakturaer/fa000000-0000-4000-8000-000000001004",
    "/post/dokument/d0c5e11a-0000-4000-9000-000000000001",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Logg inn med ID-porten" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toHaveCount(0);
  }
});
