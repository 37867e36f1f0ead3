import { type DemoPerson, KARI } from "@minkommune/demo-data";
import { expect, type Page } from "@playwright/test";

/** Fills in the dev-idp's ID-porten form (already on screen) as `person` at `niva` and submits it. */
export async function fullforInnlogging(page: Page, person: DemoPerson = KARI, niva: 3 | 4 = 4): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await page.getByLabel("Testperson").selectOption(person.pid);
  await page.getByLabel(niva === 4 ? "BankID (nivå 4)" : "MinID (nivå 3)").check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
}

/** Logs in through the dev-idp's ID-porten form (bokmål, as a fresh browser starts) and lands on the dashboard. */
export async function loggInn(page: Page, person: DemoPerson = KARI, niva: 3 | 4 = 4): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await fullforInnlogging(page, person, niva);
  await expect(page.getByRole("heading", { level: 1, name: "Din oversikt" })).toBeVisible();
}
