import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { pressWithKeyboard, tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

/** Kari's demo invoices (subgraphs/faktura/src/demo/kari.ts) and one of Ola's. */
const fakturaId = (nr: string) => `fa000000-0000-4000-8000-00000000${nr}`;
const OSLO_3_TERMIN = fakturaId("1004");
const OSLO_2_TERMIN = fakturaId("1002");
const SFO_JUNI = fakturaId("1006");
const SFO_MARS_INKASSO = fakturaId("1007");
const OLAS = fakturaId("2002");

test("an invoice's page: account number, KID and amount to copy, PDF, history and whom to ask", async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: WEB_URL });
  await loggInn(page);
  await page.goto("/fakturaer");
  await page.getByRole("link", { name: "Kommunale avgifter 3. termin 2026" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/fakturaer/${OSLO_3_TERMIN}`);
  await expect(page.getByRole("heading", { level: 1, name: "Kommunale avgifter 3. termin 2026" })).toBeVisible();

  const betaling = page.getByTestId("betaling");
  await expect(betaling.getByTestId("betaling-kontonummer")).toContainText("15032718407");
  await expect(betaling.getByTestId("betaling-kid")).toContainText(/\d{10,}/);
  await expect(betaling.getByTestId("betaling-belop")).toContainText(/4\s125,50\skr/);
  await betaling.getByRole("button", { name: "Kopier kontonummer" }).click();
  await expect(betaling.getByText("Kontonummeret er kopiert.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("15032718407");
  await betaling.getByRole("button", { name: "Kopier beløp" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("4125,50");

  await expect(page.getByTestId("faktura-pdf")).toHaveAttribute("href", /^https:\/\/faktura\.oslo\.kommune\.example\//);
  // The demo invoice was seeded without events; its history fills as things happen (see the next test).
  await expect(page.getByRole("region", { name: "Historikk" })).toBeVisible();
  await expect(page.getByTestId("kontakt")).toContainText("Oslo kommune, Kemneren");
  await expect(page.getByTestId("kontakt").getByRole("link", { name: "21 80 21 80" })).toHaveAttribute(
    "href",
    "tel:21802180",
  );
  await expect(page.getByText(/Forfallsdato\s*20\. juli 2026/)).toBeVisible();
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "faktura");
});

test("by keyboard: ask for a new due date and get 'innvilget' on the same page; a double click is one request", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await page.goto(`/fakturaer/${OSLO_3_TERMIN}`);
  const utsettelse = page.getByTestId("utsettelse");
  const dato = utsettelse.getByLabel("Ny forfallsdato");
  await tabTo(page, dato, 60);
  await dato.fill("2026-08-10");
  const send = utsettelse.getByRole("button", { name: "Send forespørselen" });
  await send.dblclick();
  await expect(utsettelse.getByTestId("utsettelse-svar")).toHaveText(
    "Betalingsutsettelsen er innvilget. Ny forfallsdato er 10. august 2026.",
  );
  await expect(page).toHaveURL(`${WEB_URL}/fakturaer/${OSLO_3_TERMIN}`);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "utsettelse-innvilget");

  // Reloaded: the due date moved once, and the history has one postponement, not two.
  await pressWithKeyboard(page, utsettelse.getByRole("link", { name: "Se fakturaen på nytt" }));
  await expect(page.getByText(/Forfallsdato\s*10\. august 2026/)).toBeVisible();
  await expect(page.getByTestId("historikk").getByText("Betalingsutsettelse innvilget")).toHaveCount(1);
});

test("a refused postponement shows the municipality's reason in the citizen's language", async ({ page }) => {
  await loggInn(page);
  await page.goto(`/fakturaer/${SFO_JUNI}`);
  const utsettelse = page.getByTestId("utsettelse");
  await expect(utsettelse.getByLabel("Ny forfallsdato")).toHaveAttribute("min", "2026-06-16");
  await utsettelse.getByLabel("Ny forfallsdato").fill("2026-07-15");
  await utsettelse.getByRole("button", { name: "Send forespørselen" }).click();
  const svar = utsettelse.getByTestId("utsettelse-svar");
  await expect(svar).toContainText("Kommunen kan ikke gi deg betalingsutsettelse.");
  await expect(svar).toContainText("Den nye forfallsdatoen er lenger fram enn kommunen tillater.");
  await expectNoAxeViolations(page);
});

test("without JavaScript the values are plain text and the postponement form still answers", async ({
  page,
  browser,
}) => {
  await loggInn(page);
  const noScript = await browser.newContext({
    storageState: await page.context().storageState(),
    javaScriptEnabled: false,
  });
  const faktura = await noScript.newPage();
  try {
    await faktura.goto(`${WEB_URL}/fakturaer/${OSLO_2_TERMIN}`);
    await expect(faktura.getByTestId("betaling-kontonummer")).toContainText("15032718407");
    await expect(faktura.getByRole("button", { name: /^Kopier/ })).toHaveCount(0);
    await faktura.getByLabel("Ny forfallsdato").fill("2026-06-01");
    await faktura.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(faktura.getByTestId("utsettelse-svar")).toHaveText(
      "Betalingsutsettelsen er innvilget. Ny forfallsdato er 1. juni 2026.",
    );
  } finally {
    await noScript.close();
  }
});

test("an invoice with a collection agency links there, and another citizen's invoice is not found", async ({
  page,
}) => {
  await loggInn(page);
  await page.goto(`/fakturaer/${SFO_MARS_INKASSO}`);
  await expect(page.getByTestId("inkasso-lenke")).toHaveAttribute("href", "https://inkasso.example/sak/5001260202");
  await expect(page.getByTestId("kontakt-inkasso")).toContainText("kundeservice@inkasso.example");
  await expect(page.getByTestId("utsettelse")).toHaveCount(0);
  await expectNoAxeViolations(page);

  expect((await page.goto(`/fakturaer/${OLAS}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
});
