import { JONAS } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import {
  avdragsplanen,
  kansellerAvdragsplan,
  norskDato,
  registrerInnbetaling,
  ubetaltFaktura,
} from "./support/avdragsplan.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { tabTo } from "./support/keyboard.ts";
import { loggInn } from "./support/login.ts";
import { utenJavaScript } from "./support/no-script.ts";
import { keepScreenshot } from "./support/screenshot.ts";

/** "1 000,00 kr" with Intl's no-break space. */
const KRONER_1000 = /^1\s000,00\skr$/;

/** A `dl.app-meta` term followed by a date in bokmål. */
const felt = (term: string, dato: string | undefined) =>
  new RegExp(`${term}\\s*${norskDato(dato ?? "").replace(/\./g, "\\.")}`);

// Jonas, whose invoice lists no other spec counts: a new Oslo invoice on a plan does not move their numbers.
test("the citizen asks for a plan by keyboard, pays by it and is not overdue, and is overdue again once Oslo cancels the plan", async ({
  page,
  browser,
}, testInfo) => {
  const tittel = "Vann og avløp, avdrag (e2e)";
  const faktura = await ubetaltFaktura(JONAS, tittel);
  await loggInn(page, JONAS);

  // Without JavaScript the form still answers: Oslo allows at most 6 instalments, and says so.
  await utenJavaScript(page, browser, async (noScript) => {
    await noScript.goto(`${WEB_URL}/fakturaer/${faktura.id}`);
    await noScript.getByLabel("Antall månedlige avdrag").selectOption("12");
    await noScript.getByRole("button", { name: "Be om avdragsplan" }).click();
    const svar = noScript.getByTestId("avdrag-svar");
    await expect(svar).toContainText("Kommunen kan ikke gi deg avdragsplan.");
    await expect(svar).toContainText("Kommunen tillater ikke så mange avdrag på denne fakturaen.");
  });

  // The invoice page, overdue, with the form: a label, a hint with the bounds, and no plan yet.
  await page.goto(`/fakturaer/${faktura.id}`);
  await expect(page.getByText("Forfalt", { exact: true })).toBeVisible();
  const skjema = page.getByRole("region", { name: "Be om å betale i avdrag" });
  const antall = skjema.getByLabel("Antall månedlige avdrag");
  await expect(antall).toHaveAccessibleDescription("Fra 2 til 12. Kommunen kan tillate færre.");
  await expect(page.getByTestId("avdragsplan")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A tampered choice is refused on the server, naming the field, and nothing is sent.
  await antall.evaluate((select: HTMLSelectElement) => {
    select.add(new Option("13", "13", true, true));
  });
  await skjema.getByRole("button", { name: "Be om avdragsplan" }).click();
  await expect(skjema.getByRole("alert")).toHaveText("Antall månedlige avdrag må være et helt tall fra 2 til 12.");
  await expect(antall).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  // By keyboard: three instalments, sent twice in a row, is one request and one plan.
  await tabTo(page, antall, 80);
  await page.keyboard.type("3");
  await expect(antall).toHaveValue("3");
  const send = skjema.getByRole("button", { name: "Be om avdragsplan" });
  await tabTo(page, send);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(skjema.getByTestId("avdrag-svar")).toHaveText(
    "Avdragsplanen er innvilget. Du betaler i 3 månedlige avdrag, som du ser i avdragsplanen på denne siden.",
  );
  // The page shows the plan at once; the forms a running plan rules out are gone.
  const plan = page.getByRole("region", { name: "Avdragsplan" });
  await expect(plan.getByRole("definition")).toHaveText("Aktiv");
  await expect(plan.getByRole("table").getByRole("row")).toHaveCount(4);
  await expect(page.getByTestId("utsettelse")).toHaveCount(0);
  await expect(antall).toHaveCount(0);
  await expect(page.getByTestId("historikk").getByText("Nedbetaling i avdrag innvilget")).toHaveCount(1);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "avdrag-innvilget");

  // Oslo's fagsystem reports the first instalment paid: the next one, ten days ahead, decides.
  const avdrag = await avdragsplanen(JONAS, faktura.id);
  expect(avdrag.map((a) => a.belop)).toEqual([100_000, 100_000, 100_000]);
  expect(avdrag[0]?.forfallDato).toBe(faktura.forfallDato);
  await registrerInnbetaling(faktura.meldingId, avdrag[0]?.belop ?? 0);
  const [forste, andre, tredje] = avdrag.map((a) => a.forfallDato);

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
  await expect(page.getByTestId("avdrag")).toHaveCount(0);
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
