import { JONAS } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { fakturaMedBetaltForsteAvdrag, kansellerAvdragsplan, norskDato } from "./support/avdragsplan.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

/** "1 000,00 kr" with Intl's no-break space. */
const KRONER_1000 = /^1\s000,00\skr$/;

/** A `dl.app-meta` term followed by a date in bokmål. */
const felt = (term: string, dato: string | undefined) =>
  new RegExp(`${term}\\s*${norskDato(dato ?? "").replace(/\./g, "\\.")}`);

// Jonas, whose invoice lists no other spec counts: a new Oslo invoice on a plan does not move their numbers.
test("an invoice paid by plan is not overdue, shows its plan, and is overdue again once Oslo cancels the plan", async ({
  page,
}, testInfo) => {
  const tittel = "Vann og avløp, avdrag (e2e)";
  const faktura = await fakturaMedBetaltForsteAvdrag(JONAS, tittel);
  const [forste, andre, tredje] = faktura.avdrag.map((avdrag) => avdrag.forfallDato);
  await loggInn(page, JONAS);

  // The list: the plan's date decides, the invoice's own (20 days ago) is shown beside it.
  await page.goto("/fakturaer");
  const kort = page.getByTestId("faktura").filter({ hasText: tittel });
  await expect(kort).toContainText(felt("Forfall etter avdragsplan", andre));
  await expect(kort).toContainText(felt("Opprinnelig forfallsdato", faktura.forfallDato));
  await expect(kort.getByText("Forfalt", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The invoice page: the plan as a table, instalment by instalment.
  await kort.getByRole("link", { name: tittel }).click();
  await expect(page.getByRole("heading", { level: 1, name: tittel })).toBeVisible();
  await expect(page.getByText("Forfalt", { exact: true })).toHaveCount(0);
  const plan = page.getByRole("region", { name: "Avdragsplan" });
  await expect(plan.getByRole("definition")).toHaveText("Aktiv");
  const tabell = plan.getByRole("table", { name: "Avdragene og hva som er betalt" });
  await expect(tabell.getByRole("columnheader")).toHaveText(["Avdrag", "Forfallsdato", "Beløp", "Innbetalt", "Status"]);
  const rader = tabell.getByRole("row");
  await expect(rader).toHaveCount(4);
  const forsteRad = rader.nth(1);
  await expect(forsteRad.getByRole("rowheader")).toHaveText("1. avdrag");
  await expect(forsteRad.getByRole("cell")).toHaveText([norskDato(forste ?? ""), KRONER_1000, KRONER_1000, "Betalt"]);
  await expect(rader.nth(2)).toContainText("Ikke betalt");
  await expect(rader.nth(3)).toContainText(norskDato(tredje ?? ""));
  await expect(page.getByTestId("utsettelse")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "faktura-avdragsplan");
  // At 320 px the table scrolls in its own focusable box; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "faktura-avdragsplan-320px");
  await page.setViewportSize({ width: 1280, height: 720 });

  // Oslo stops the plan: the invoice's own due date decides again, and the history says why.
  const arsak = "Avdraget for neste måned ble ikke betalt i tide.";
  await kansellerAvdragsplan(faktura.meldingId, arsak);
  await page.reload();
  await expect(page.getByText("Forfalt", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Beløp og datoer" })).toContainText(
    felt("Forfallsdato", faktura.forfallDato),
  );
  await expect(plan.getByRole("definition")).toHaveText("Stoppet av kommunen");
  await expect(plan.getByRole("table")).toHaveCount(0);
  const historikk = page.getByTestId("historikk");
  await expect(historikk.getByText("Avdragsplanen er stoppet av kommunen")).toBeVisible();
  await expect(historikk.getByTestId("historikk-arsak")).toHaveText(`Begrunnelse: ${arsak}`);
  await expectNoAxeViolations(page);

  await page.goto("/");
  const paForsiden = page.getByTestId("dashboard-faktura").filter({ hasText: tittel });
  await expect(paForsiden).toContainText(`Forfall: ${norskDato(faktura.forfallDato)}`);
  await expect(paForsiden.getByText("Forfalt", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
