import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { pressWithKeyboard, tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

test("by keyboard: one search box, hits grouped by kind, highlights as <mark>, facets as filter links", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await page.goto("/sok");
  await expect(page.getByRole("heading", { level: 1, name: "Søk" })).toBeVisible();
  const box = page.getByRole("searchbox", { name: "Søk i brev, saker, oppgaver og fakturaer" });
  await tabTo(page, box);
  await page.keyboard.type("byggesak");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${WEB_URL}/sok?q=byggesak`);
  await expect(page.getByTestId("sok-antall")).toHaveText(/^[1-9]\d* treff for «byggesak»$/);

  const saker = page.getByRole("region", { name: /^Saker \(\d+\)$/ });
  await expect(saker.getByRole("link", { name: "Byggesak: tilbygg, Munkegata 12" })).toHaveAttribute(
    "href",
    "/saker/5a4e0000-0000-4000-8000-000000000001",
  );
  await expect(page.locator("mark").first()).toHaveText(/bygge/i);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "sok");

  // Narrow to case folders by the type facet, then widen again.
  const fasetter = page.getByRole("navigation", { name: "Avgrens søket" });
  await fasetter.getByRole("link", { name: /^Sak \(\d+\)$/ }).click();
  await expect(page).toHaveURL(`${WEB_URL}/sok?q=byggesak&type=mappe`);
  await expect(page.getByRole("heading", { level: 2, name: /^Brev/ })).toHaveCount(0);
  await expect(fasetter.getByRole("link", { name: /^Fjern filter: Sak/ })).toHaveAttribute("aria-current", "true");
  await fasetter.getByRole("link", { name: /^Fjern filter: Sak/ }).click();
  await expect(page).toHaveURL(`${WEB_URL}/sok?q=byggesak`);

  // Year and municipality facets narrow with the Oslo calendar year and the fiksOrgId.
  await fasetter.getByRole("link", { name: /^2026 \(\d+\)$/ }).click();
  await expect(page).toHaveURL(`${WEB_URL}/sok?q=byggesak&ar=2026`);
  await fasetter.getByRole("link", { name: /^Trondheim kommune \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/sok\?q=byggesak&kommune=[0-9a-f-]{36}&ar=2026$/);
  await expect(page.getByTestId("sok-treff").first()).toBeVisible();
});

test("markup in a search term stays text, and a search with no hits says so", async ({ page }) => {
  await loggInn(page);
  await page.goto(`/sok?q=${encodeURIComponent('<img src=x onerror="alert(1)">')}`);
  await expect(page.getByTestId("sok-antall")).toHaveText('0 treff for «<img src=x onerror="alert(1)">»');
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.getByText("Ingen treff. Prøv et annet ord, eller fjern et filter.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Only punctuation: nothing to search for, said plainly (not "search is down").
  await page.goto("/sok?q=%21%3F%2A");
  await expect(page.getByTestId("sok-antall")).toHaveText("Skriv minst ett ord eller tall.");
});

test("one search over letters, cases, tasks and invoices: each group counted, tasks lead to their action, invoices to their page", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await page.goto("/sok");
  await tabTo(page, page.getByRole("searchbox", { name: "Søk i brev, saker, oppgaver og fakturaer" }));
  await page.keyboard.type("SFO");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${WEB_URL}/sok?q=SFO`);

  const oppgaver = page.getByRole("region", { name: /^Oppgaver \(\d+\)$/ });
  await expect(oppgaver.getByRole("link", { name: "Bekreft plass i SFO" })).toHaveAttribute(
    "href",
    "https://www.oslo.kommune.no/skole-og-utdanning/aks/",
  );
  const fakturaer = page.getByRole("region", { name: /^Fakturaer \(\d+\)$/ });
  await expect(fakturaer.getByRole("link", { name: "SFO juni 2026" })).toHaveAttribute(
    "href",
    "/fakturaer/fa000000-0000-4000-8000-000000001006",
  );
  // Each heading counts its own group, and the total counts every group.
  const antall = async (region: typeof oppgaver) =>
    Number((await region.getByRole("heading", { level: 2 }).textContent())?.match(/\((\d+)\)/)?.[1]);
  const iGrupper = (await antall(oppgaver)) + (await antall(fakturaer));
  await expect(oppgaver.getByTestId("sok-oppgave")).toHaveCount(await antall(oppgaver));
  const total = Number((await page.getByTestId("sok-antall").textContent())?.match(/^(\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(iGrupper);
  await expect(page.getByText(/får ikke søkt/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "sok-alle-grupper");

  await pressWithKeyboard(page, fakturaer.getByRole("link", { name: "SFO juni 2026" }));
  await expect(page).toHaveURL(`${WEB_URL}/fakturaer/fa000000-0000-4000-8000-000000001006`);
  await expect(page.getByRole("heading", { level: 1, name: "SFO juni 2026" })).toBeVisible();
});
