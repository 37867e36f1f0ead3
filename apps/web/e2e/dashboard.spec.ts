import { KARI } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { collectCspViolations } from "./support/csp.ts";
import { pressWithKeyboard, tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

const JWT_START = "eyJ";

test("Kari logs in with ID-porten at level 4, sees her dashboard and logs out", async ({ page, context }, testInfo) => {
  const cspViolations = collectCspViolations(page, WEB_URL);

  // Not signed in: the welcome page, accessible, with a strict per-request CSP.
  const front = await page.goto("/");
  const policy = front?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.getByRole("heading", { level: 1, name: "Velkommen til Min kommune" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The skip link comes first and leads to <main>.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Hopp til hovedinnhold" })).toBeFocused();

  // Log in with the keyboard through the dev-idp's form: Kari Nordmann, BankID (level 4).
  await pressWithKeyboard(page, page.getByRole("button", { name: "Logg inn med ID-porten" }));
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  const testperson = page.getByLabel("Testperson");
  await tabTo(page, testperson);
  await page.keyboard.type(KARI.navn);
  await expect(testperson).toHaveValue(KARI.pid);
  await tabTo(page, page.getByLabel("MinID (nivå 3)"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("BankID (nivå 4)")).toBeChecked();
  await pressWithKeyboard(page, page.getByRole("button", { name: "Logg inn", exact: true }));

  // Back on the dashboard, with every section answered by the gateway.
  await expect(page).toHaveURL(`${WEB_URL}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Din oversikt" })).toBeVisible();
  await expect(page.getByText("Du er logget inn på sikkerhetsnivå 4.")).toBeVisible();
  for (const name of ["Post fra kommunen", "Oppgaver", "Fakturaer"]) {
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText(/^Uleste brev: \d+$/)).toBeVisible();
  await expect(page.getByTestId("sum-utestaende")).toHaveText(/^Du har \d{1,3}(\s\d{3})*,\d{2}\skr å betale\.$/);
  await expect(page.getByText(/får ikke hentet/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const screenshot = testInfo.outputPath("dashboard.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("dashboard", { path: screenshot, contentType: "image/png" });

  // The ID-porten tokens stay on the server: not in the HTML, not in script-readable cookies,
  // not in the session endpoint; the session cookie itself is httpOnly.
  expect(await page.content()).not.toContain(JWT_START);
  const readableCookies = await page.evaluate(() => document.cookie);
  expect(readableCookies).not.toContain(JWT_START);
  expect(readableCookies).not.toMatch(/authjs\.session-token/);
  const sessionCookies = (await context.cookies()).filter((c) => c.name.includes("authjs.session-token"));
  expect(sessionCookies.length).toBeGreaterThan(0);
  expect(sessionCookies.every((c) => c.httpOnly && c.sameSite === "Lax")).toBe(true);
  const sessionJson = await (await page.request.get("/api/auth/session")).text();
  expect(sessionJson).not.toContain(JWT_START);
  expect(JSON.parse(sessionJson)).toMatchObject({ niva: 4 });

  // Log out here and at the IdP (RP-initiated logout), then back to the login button.
  await pressWithKeyboard(page, page.getByRole("button", { name: "Logg ut" }));
  await pressWithKeyboard(page, page.getByRole("button", { name: "Ja, logg ut" }));
  await expect(page).toHaveURL(`${WEB_URL}/`);
  await expect(page.getByRole("button", { name: "Logg inn med ID-porten" })).toBeVisible();
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();

  expect(cspViolations).toEqual([]);
});

test("at level 3 Kari does not see her level-4 letter but is told it exists", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await page.getByLabel("Testperson").selectOption(KARI.pid);
  await page.getByLabel("MinID (nivå 3)").check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();

  await expect(page.getByText("Du er logget inn på sikkerhetsnivå 3.")).toBeVisible();
  await expect(page.getByText(/^Du har \d+ brev som krever innlogging på sikkerhetsnivå 4\./)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the front page lists the municipality's own services, favourites first, reachable by keyboard", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  const tjenester = page.getByRole("region", { name: "Tjenester fra kommunen" });
  const lenker = tjenester.getByTestId("tjenester").getByRole("listitem");
  await expect(lenker.first()).toBeVisible();
  // Favourites (tagged) come before every other service.
  const favoritt = await lenker.evaluateAll((items) => items.map((item) => item.textContent?.includes("Favoritt")));
  expect(favoritt).toContain(true);
  expect(favoritt.indexOf(false) === -1 || favoritt.lastIndexOf(true) < favoritt.indexOf(false)).toBe(true);
  for (const href of await tjenester.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
    expect(href).toMatch(/^https:\/\//);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "forside-tjenester");
  await tabTo(page, tjenester.getByRole("link").first(), 80);
});
