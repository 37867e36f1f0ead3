import { KARI, OLA } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

/** The main journey's texts per language: the switch button, then the headings and menu names. */
const LANGUAGES = [
  {
    lang: "nn",
    button: "Nynorsk",
    menu: "Hovudmeny",
    dashboard: "Oversikta di",
    oppgaver: "Oppgåver",
    fakturaer: "Fakturaer",
    unread: /^Ulesne brev: \d+$/,
    overdue: "Fristen er ute",
    done: "Fullførte",
    sum: "Sum å betale",
    back: "Bokmål",
  },
  {
    lang: "en",
    button: "English",
    menu: "Main menu",
    dashboard: "Your overview",
    oppgaver: "Tasks",
    fakturaer: "Invoices",
    unread: /^Unread letters: \d+$/,
    overdue: "Overdue",
    done: "Done",
    sum: "Total to pay",
    back: "Bokmål",
  },
] as const;

for (const l of LANGUAGES) {
  test(`the main journey in ${l.button}: dashboard, Oppgaver, Fakturaer, Post`, async ({ page }, testInfo) => {
    await loggInn(page);
    await page.getByRole("button", { name: l.button }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
    await expect(page.getByRole("heading", { level: 1, name: l.dashboard })).toBeVisible();
    await expect(page.getByText(l.unread)).toBeVisible();

    const menu = page.getByRole("navigation", { name: l.menu });
    await menu.getByRole("link", { name: l.oppgaver, exact: true }).click();
    await expect(page).toHaveURL(`${WEB_URL}/oppgaver`);
    await expect(page.getByRole("heading", { level: 1, name: l.oppgaver })).toBeVisible();
    await expect(page.getByTestId("oppgave").filter({ hasText: l.overdue }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, `oppgaver-${l.lang}`);
    await page.getByRole("link", { name: l.done, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", l.lang);

    await menu.getByRole("link", { name: l.fakturaer, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: l.fakturaer })).toBeVisible();
    await expect(page.getByTestId("faktura-totaler")).toContainText(l.sum);
    await expectNoAxeViolations(page);

    // The choice stays on the page it was made on.
    await page.getByRole("button", { name: l.back }).click();
    await expect(page).toHaveURL(`${WEB_URL}/fakturaer`);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  });
}

/** The letter page and the postponement answer per language; Kari asks on SFO juni, Ola on his Trondheim invoice. */
const JOURNEYS = [
  {
    lang: "nn",
    button: "Nynorsk",
    person: KARI,
    brev: { id: "d0c5e11a-0000-4000-8000-000000000001", tittel: "Vedtak om plass i barnehage" },
    handlinger: "Kva vil du gjere med brevet?",
    apne: "Opne",
    lastNed: "Last ned",
    faktura: "fa000000-0000-4000-8000-000000001006",
    dato: "2026-07-20",
    datoLabel: "Ny forfallsdato",
    send: "Send førespurnaden",
    svar: [
      "Kommunen kan ikkje gi deg betalingsutsetjing.",
      "Den nye forfallsdatoen er lenger fram enn kommunen tillèt.",
    ],
  },
  {
    lang: "en",
    button: "English",
    person: OLA,
    brev: { id: "d0c5e11a-0000-4000-8000-000000000005", tittel: "Innkalling til foreldremøte" },
    handlinger: "What do you want to do with the letter?",
    apne: "Open",
    lastNed: "Download",
    faktura: "fa000000-0000-4000-8000-000000002007",
    dato: "2026-07-25",
    datoLabel: "New due date",
    send: "Send the request",
    svar: ["The postponement has been granted. The new due date is 25 July 2026."],
  },
] as const;

for (const j of JOURNEYS) {
  test(`letter page and betalingsutsettelse in ${j.button}`, async ({ page }, testInfo) => {
    await loggInn(page, j.person);
    await page.getByRole("button", { name: j.button }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", j.lang);

    await page.goto(`/post/${j.brev.id}`);
    await expect(page.getByRole("heading", { level: 1, name: j.brev.tittel })).toBeVisible();
    await expect(page.getByRole("region", { name: j.handlinger })).toBeVisible();
    const dokument = page.getByTestId("dokument");
    await expect(dokument.getByRole("link", { name: j.apne, exact: true })).toBeVisible();
    await expect(dokument.getByRole("link", { name: j.lastNed, exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, `brev-${j.lang}`);

    await page.goto(`/fakturaer/${j.faktura}`);
    const utsettelse = page.getByTestId("utsettelse");
    await utsettelse.getByLabel(j.datoLabel).fill(j.dato);
    await utsettelse.getByRole("button", { name: j.send }).click();
    const svar = utsettelse.getByTestId("utsettelse-svar");
    for (const text of j.svar) await expect(svar).toContainText(text);
    await expect(page.locator("html")).toHaveAttribute("lang", j.lang);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, `utsettelse-${j.lang}`);
  });
}

/** The texts of the services section, the notification choices, KRR and the search groups per language. */
const NYE_DELER = [
  {
    lang: "nn",
    button: "Nynorsk",
    tjenester: "Tenester frå kommunen",
    varsling: "Varsel",
    varslingValg: "Påminningar om oppgåver på e-post",
    lagre: "Lagre varslingsvalet",
    epost: "E-postadresse",
    sok: "Søk i brev, saker, oppgåver og fakturaer",
    oppgaver: /^Oppgåver \(\d+\)$/,
    fakturaer: /^Fakturaer \(\d+\)$/,
  },
  {
    lang: "en",
    button: "English",
    tjenester: "Services from the municipality",
    varsling: "Notifications",
    varslingValg: "Email reminders about tasks",
    lagre: "Save notification choice",
    epost: "Email address",
    sok: "Search letters, cases, tasks and invoices",
    oppgaver: /^Tasks \(\d+\)$/,
    fakturaer: /^Invoices \(\d+\)$/,
  },
] as const;

for (const l of NYE_DELER) {
  test(`services, notification choices, KRR and the grouped search in ${l.button}`, async ({ page }, testInfo) => {
    await loggInn(page);
    await page.getByRole("button", { name: l.button }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
    await expect(page.getByRole("heading", { level: 2, name: l.tjenester })).toBeVisible();

    await page.goto("/profil");
    await expect(page.getByRole("heading", { level: 2, name: l.varsling })).toBeVisible();
    await expect(page.getByRole("group", { name: l.varslingValg })).toBeVisible();
    await expect(page.getByRole("button", { name: l.lagre })).toBeVisible();
    await expect(page.getByTestId("krr").locator("dt").first()).toHaveText(l.epost);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, `profil-${l.lang}`);

    await page.goto("/sok");
    await page.getByRole("searchbox", { name: l.sok }).fill("SFO");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: l.oppgaver })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: l.fakturaer })).toBeVisible();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, `sok-${l.lang}`);

    await page.getByRole("button", { name: "Bokmål" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  });
}
