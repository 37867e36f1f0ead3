import { JONAS, KARI } from "@minkommune/demo-data";
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

test("Profil shows what KRR holds: Kari's e-mail, no mobile, not reserved; Jonas is reserved", async ({ page }) => {
  await loggInn(page, KARI);
  await page.goto("/profil");
  const krr = page.getByRole("region", { name: "Kontaktinformasjon" }).getByTestId("krr");
  await expect(krr.locator("dt")).toHaveText(["E-postadresse", "Mobilnummer", "Reservert mot digital kontakt"]);
  await expect(krr.locator("dd")).toHaveText([KARI.epostadresse ?? "", "Ikke registrert", "Nei"]);
  await expect(page.getByText("Du har reservert deg mot digital kontakt.", { exact: false })).toHaveCount(0);

  await page.context().clearCookies();
  await loggInn(page, JONAS);
  await page.goto("/profil");
  const jonas = page.getByRole("region", { name: "Kontaktinformasjon" });
  await expect(jonas.getByTestId("krr").locator("dd")).toHaveText([JONAS.epostadresse ?? "", "Ikke registrert", "Ja"]);
  await expect(jonas).toContainText("Du har reservert deg mot digital kontakt.");
  await expectNoAxeViolations(page);
});

test("Profil: e-mail reminders for tasks turned off and on again by keyboard, with a receipt", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await page.goto("/profil");
  const valg = page.getByRole("group", { name: "Påminnelser om oppgaver på e-post" });
  const ja = valg.getByRole("radio", { name: "Ja, send meg påminnelser" });
  const nei = valg.getByRole("radio", { name: "Nei, ikke send påminnelser" });
  await expect(ja).toBeChecked();

  await tabTo(page, ja, 80);
  await page.keyboard.press("ArrowDown");
  await expect(nei).toBeChecked();
  await pressWithKeyboard(page, page.getByRole("button", { name: "Lagre varslingsvalget" }));
  await expect(page).toHaveURL(`${WEB_URL}/profil?varsling=av`);
  const kvittering = page.getByRole("status").filter({ hasText: "Lagret." });
  await expect(kvittering).toHaveText("Lagret. Du får ikke påminnelser om oppgaver på e-post.");
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "profil-varsling-lagret");

  // Stored, not just shown: a fresh load has "Nei" chosen.
  await page.goto("/profil");
  await expect(nei).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Lagret." })).toHaveCount(0);

  await ja.check();
  await page.getByRole("button", { name: "Lagre varslingsvalget" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lagret." })).toHaveText(
    "Lagret. Du får påminnelser om oppgaver på e-post.",
  );
  await page.reload();
  await expect(ja).toBeChecked();
});

test("Profil: the reminder form works without JavaScript", async ({ page, browser }) => {
  await loggInn(page);
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  try {
    const plain = await noJs.newPage();
    await plain.goto(`${WEB_URL}/profil`);
    await plain.getByRole("radio", { name: "Nei, ikke send påminnelser" }).check();
    await plain.getByRole("button", { name: "Lagre varslingsvalget" }).click();
    await expect(plain).toHaveURL(`${WEB_URL}/profil?varsling=av`);
    await expect(plain.getByText("Lagret. Du får ikke påminnelser om oppgaver på e-post.")).toBeVisible();
    await expect(plain.getByRole("radio", { name: "Nei, ikke send påminnelser" })).toBeChecked();

    await plain.getByRole("radio", { name: "Ja, send meg påminnelser" }).check();
    await plain.getByRole("button", { name: "Lagre varslingsvalget" }).click();
    await expect(plain.getByText("Lagret. Du får påminnelser om oppgaver på e-post.")).toBeVisible();
  } finally {
    await noJs.close();
  }
});
