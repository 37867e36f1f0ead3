import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";

/** Auth.js's cookie name over http; the cookie's encryption salt is the same string. */
const SESSION_COOKIE = "authjs.session-token";

test("an expired ID-porten login reads as logged out, with a prompt to log in again", async ({ page, context }) => {
  const secret = process.env.E2E_AUTH_SECRET;
  if (!secret) throw new Error("E2E_AUTH_SECRET is set by the global setup");
  const nowSeconds = Math.floor(Date.now() / 1000);
  // A session exactly as sign-in stores it, but whose access token ran out a minute ago.
  const value = await encode({
    secret,
    salt: SESSION_COOKIE,
    token: {
      name: "Kari Nordmann",
      idporten: { accessToken: "expired", idToken: "expired", expiresAt: nowSeconds - 60, niva: 4 },
    },
  });
  await context.addCookies([{ name: SESSION_COOKIE, value, url: WEB_URL, httpOnly: true, sameSite: "Lax" }]);

  await page.goto("/");
  await expect(page.getByText("Økten din er utløpt. Logg inn på nytt for å fortsette.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Logg inn med ID-porten" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Din oversikt" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
});

test("the language cookie switches the whole page to nynorsk and English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Velkomen til Min kommune" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Log in with ID-porten" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Bokmål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Velkommen til Min kommune" })).toBeVisible();
});

test("a cancelled login comes back to the front page with a message, not an error page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:3000\/\?error=/);
  await expect(page.getByText("Innloggingen ble ikke fullført. Prøv igjen.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Logg inn med ID-porten" })).toBeVisible();
});
