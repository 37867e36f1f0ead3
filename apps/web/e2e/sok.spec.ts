import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

test("by keyboard: one search box, hits grouped by kind, highlights as <mark>, facets as filter links", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await page.goto("/sok");
  await expect(page.getByRole("heading", { level: 1, name: "Søk" })).toBeVisible();
  const box = page.getByRole("searchbox", { name: "Søk i brev og saker" });
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
