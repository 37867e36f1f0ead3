import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { pressWithKeyboard } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";
import { startSubgraph, stopSubgraph } from "./support/stack-control.ts";

/** Pages behind the menu: everything under `meg` comes through Innsyn, so each says its part is missing. */
const SIDER = [
  { path: "/post", heading: "Post fra kommunen", melding: "Vi får ikke hentet brevene dine akkurat nå." },
  { path: "/saker", heading: "Saker", melding: "Vi får ikke hentet sakene dine akkurat nå." },
  { path: "/oppgaver", heading: "Oppgaver", melding: "Vi får ikke hentet oppgavene dine akkurat nå." },
  { path: "/fakturaer", heading: "Fakturaer", melding: "Vi får ikke hentet fakturaene dine akkurat nå." },
] as const;

test("with the Innsyn service down, the front page names what is unavailable in one notice, in the citizen's language, and recovers", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await stopSubgraph("innsyn");
  try {
    // Not an error page: the frame, the greeting and one notice that names every missing part.
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Din oversikt" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
    const notice = page.getByTestId("oversikt-utilgjengelig");
    await expect(
      notice.getByRole("heading", { level: 2, name: "Vi får ikke hentet oversikten din akkurat nå" }),
    ).toBeVisible();
    await expect(notice).toContainText(
      "Brevene, sakene, oppgavene og fakturaene dine og kommunens tjenester kan ikke vises før tjenesten er tilbake.",
    );
    await expect(page.getByText(/får ikke (hentet|vist)/)).toHaveCount(1);
    await expect(page.getByRole("heading", { name: "Noe gikk galt" })).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText(/Error|\bat \S+:\d+:\d+/);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, "forside-uten-innsyn");

    for (const side of SIDER) {
      expect((await page.goto(side.path))?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: side.heading })).toBeVisible();
      await expect(page.getByText(side.melding)).toBeVisible();
    }
    await expectNoAxeViolations(page);

    // The language switch needs no Innsyn: the same notice in nynorsk, chosen from the keyboard.
    await page.goto("/");
    await pressWithKeyboard(page, page.getByRole("button", { name: "Nynorsk" }));
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(
      page.getByRole("heading", { level: 2, name: "Vi får ikkje henta oversikta di akkurat no" }),
    ).toBeVisible();
    await expect(page.getByTestId("oversikt-utilgjengelig")).toContainText("Ingenting er borte.");
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, "forside-uten-innsyn-nn");
  } finally {
    await startSubgraph("innsyn");
  }

  // Back up: "Prøv igjen" from the keyboard brings the whole overview back.
  await pressWithKeyboard(page, page.getByRole("link", { name: "Prøv igjen", exact: true }));
  await expect(page.getByRole("region", { name: "Post frå kommunen" })).toContainText(/Ulesne brev: \d+/);
  await expect(page.getByTestId("sum-utestaende")).toBeVisible();
  await expect(page.getByTestId("oversikt-utilgjengelig")).toHaveCount(0);
});
