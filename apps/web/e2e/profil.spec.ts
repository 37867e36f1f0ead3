import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { pressWithKeyboard, tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

test("Profil: the language setting by keyboard, and where contact details come from", async ({ page }, testInfo) => {
  await loggInn(page);
  await page.goto("/profil");
  await expect(page.getByRole("heading", { level: 2, name: "Kontaktinformasjon" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Endre kontaktinformasjonen din hos norge.no" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.norge\.no\//,
  );
  const sprak = page.getByRole("group", { name: "Velg språk" });
  await expect(sprak.getByRole("radio", { name: "Bokmål" })).toBeChecked();
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "profil");

  await tabTo(page, sprak.getByRole("radio", { name: "Bokmål" }), 60);
  await page.keyboard.press("ArrowDown");
  await expect(sprak.getByRole("radio", { name: "Nynorsk" })).toBeChecked();
  await pressWithKeyboard(page, page.getByRole("button", { name: "Lagre språkvalget" }));
  await expect(page).toHaveURL(`${WEB_URL}/profil`);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("group", { name: "Vel språk" }).getByRole("radio", { name: "Nynorsk" })).toBeChecked();
  await page.getByRole("group", { name: "Vel språk" }).getByRole("radio", { name: "Bokmål" }).check();
  await page.getByRole("button", { name: "Lagre språkvalet" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});
