import { KARI } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { pressWithKeyboard } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

const BYGGESAK = "5a4e0000-0000-4000-8000-000000000001";

test("by keyboard: Saker lists the byggesak; its page has parties and a timeline, oldest first", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await pressWithKeyboard(
    page,
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Saker" }),
  );
  await expect(page).toHaveURL(`${WEB_URL}/saker`);
  await expect(page.getByRole("heading", { level: 1, name: "Saker" })).toBeVisible();
  const sak = page.getByTestId("sak").filter({ hasText: "Byggesak: tilbygg, Munkegata 12" });
  await expect(sak).toContainText("Trondheim kommune · saksnummer 2026/1234");
  await expect(sak).toContainText("Under behandling");
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "saker");

  await pressWithKeyboard(page, sak.getByRole("link", { name: "Byggesak: tilbygg, Munkegata 12" }));
  await expect(page).toHaveURL(`${WEB_URL}/saker/${BYGGESAK}`);
  await expect(page.getByRole("heading", { level: 1, name: "Byggesak: tilbygg, Munkegata 12" })).toBeVisible();
  await expect(page.getByTestId("parter")).toContainText("Kari Nordmann – Tiltakshaver");
  await expect(page.getByTestId("parter")).toContainText("Byggmester Bygg AS – Ansvarlig søker");

  // An ordered list: milestones and journalposter merged by date, oldest first.
  const tidslinje = page.getByTestId("tidslinje");
  expect(await tidslinje.evaluate((element) => element.tagName)).toBe("OL");
  await expect(tidslinje.locator(":scope > li h3")).toHaveText([
    "Søknad mottatt",
    "Søknad om tillatelse til tiltak",
    "Under behandling",
    "Uttalelse fra nabo",
  ]);
  await expect(tidslinje.locator(":scope > li").nth(1)).toContainText("30. august 2026 · Inngående dokument");
  await expect(tidslinje.locator(":scope > li").nth(1)).toContainText("Byggesøknaden (ikke tilgjengelig på nett)");
  await expect(tidslinje.locator(":scope > li").nth(2)).toContainText("Her er saken nå");
  await expect(tidslinje.locator("time").first()).toHaveAttribute("datetime", /^2026-08-30T08:00/);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "sak");
});

test("at level 3 the level-4 journalpost is left out of the timeline, with a note and the step-up button", async ({
  page,
}) => {
  await loggInn(page, KARI, 3);
  await page.goto(`/saker/${BYGGESAK}`);
  await expect(page.getByTestId("tidslinje").getByText("Uttalelse fra nabo")).toHaveCount(0);
  const note = page.getByTestId("step-up-note");
  await expect(note).toContainText("Journalposter i saken som krever innlogging på sikkerhetsnivå 4: 1.");
  await expect(note.getByRole("button", { name: "Logg inn med høyere sikkerhetsnivå" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.goto("/saker/5a4e0000-0000-4000-8000-0000000000ff"))?.status()).toBe(404);
});
