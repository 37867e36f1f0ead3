import { JONAS, KARI, OLA } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { fellesOppgaveFullfortAv, opprettOppgaver } from "./support/fagsystem.ts";
import { pressWithKeyboard, tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

test("by keyboard alone: Tab to the navigation, open Oppgaver, follow a task's action button", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  // Start from the top of the page, as after a fresh load.
  await page.goto("/");
  const menuLink = page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Oppgaver" });
  await pressWithKeyboard(page, menuLink);
  await expect(page).toHaveURL(`${WEB_URL}/oppgaver`);
  await expect(page.getByRole("heading", { level: 1, name: "Oppgaver" })).toBeVisible();
  await expect(menuLink).toHaveAttribute("aria-current", "page");

  // The first open task's action button, reached with Tab, shows a visible focus ring.
  const action = page.getByTestId("oppgave").first().getByRole("link");
  const href = await action.getAttribute("href");
  expect(href).toMatch(/^https:\/\//);
  await tabTo(page, action, 60);
  const outline = await action.evaluate((element) => getComputedStyle(element).outlineStyle);
  const shadow = await action.evaluate((element) => getComputedStyle(element).boxShadow);
  expect(outline !== "none" || shadow !== "none").toBe(true);
  await keepScreenshot(page, testInfo, "oppgaver-fokus");

  // The fagsystem's page is outside the project: answer it locally and check the browser went there.
  await page.route(href ?? "", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Fagsystem</title><h1>Skjema</h1>" }),
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(href ?? "");
  await expect(page.getByRole("heading", { name: "Skjema" })).toBeVisible();
});

test("open tasks come by deadline with the overdue ones marked in words; done tasks have their own view", async ({
  page,
}) => {
  await loggInn(page, KARI);
  await page.goto("/oppgaver");
  const open = page.getByTestId("oppgave");
  await expect(open.first()).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Vis oppgaver" }).getByRole("link", { name: "Åpne" }),
  ).toHaveAttribute("aria-current", "page");

  // Kari's demo tasks include two past their deadline: they come first and say so in text.
  const overdue = open.filter({ hasText: "Fristen er ute" });
  await expect(overdue).toHaveCount(2);
  await expect(open.nth(0)).toContainText("Fristen er ute");
  await expect(open.nth(1)).toContainText("Fristen er ute");
  await expect(overdue.first()).toContainText(/Fristen gikk ut \d{1,2}\. \p{L}+ \d{4}/u);
  await expect(open.first()).toContainText("Din status: ikke fullført");
  // Tasks Kari still has to do come first, by deadline (none last); then shared tasks where she
  // has done her part and waits for the others. Sort keys: group, then deadline.
  const keys = await open.evaluateAll((items) =>
    items.map((item) => {
      const group = item.textContent?.includes("Din status: ikke fullført") ? "0" : "1";
      return `${group} ${item.getAttribute("data-frist") ?? "9999"}`;
    }),
  );
  expect(keys).toEqual([...keys].sort());
  await expect(open.filter({ hasText: "Du har gjort din del." }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Fullførte" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/oppgaver?vis=fullforte`);
  const done = page.getByTestId("oppgave");
  await expect(done.first()).toContainText("Din status: fullført");
  await expect(done.filter({ hasText: "Fristen er ute" })).toHaveCount(0);
  await expect(done.getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("more tasks than fit on a page: 'Vis flere' pages on with a cursor, never a fødselsnummer in the URL", async ({
  page,
}) => {
  // Jonas has one demo task (deadline in 45 days); these 23 come before it.
  await opprettOppgaver(JONAS, 23, "Bladd oppgave", 1);
  await loggInn(page, JONAS);
  await page.goto("/oppgaver");
  await expect(page.getByText("Åpne oppgaver: 24.", { exact: false })).toBeVisible();
  await expect(page.getByTestId("oppgave")).toHaveCount(20);
  await expect(page.getByTestId("oppgave").first()).toContainText("Bladd oppgave 01");

  await page.getByRole("link", { name: "Vis flere" }).click();
  await expect(page).toHaveURL(/\/oppgaver\?after=[A-Za-z0-9_-]+$/);
  expect(page.url()).not.toContain(JONAS.pid);
  await expect(page.getByTestId("oppgave")).toHaveCount(4);
  await expect(page.getByTestId("oppgave").first()).toContainText("Bladd oppgave 21");
  await expect(page.getByRole("link", { name: "Vis flere" })).toHaveCount(0);

  await page.getByRole("link", { name: "Til første side" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/oppgaver`);
  await expect(page.getByTestId("oppgave").first()).toContainText("Bladd oppgave 01");
});

test("a shared task another recipient completed is done for Kari too, with when it happened", async ({ page }) => {
  await fellesOppgaveFullfortAv("Felles oppgave for husstanden", [KARI, OLA], OLA);
  await loggInn(page, KARI);
  await page.goto("/oppgaver");
  await expect(page.getByTestId("oppgave").filter({ hasText: "Felles oppgave for husstanden" })).toHaveCount(0);

  await page.goto("/oppgaver?vis=fullforte");
  const shared = page.getByTestId("oppgave").filter({ hasText: "Felles oppgave for husstanden" });
  await expect(shared).toContainText("Fullført av en annen mottaker");
  await expect(shared).toContainText(/En annen mottaker fullførte oppgaven \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}\./u);
  await expect(shared.getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
