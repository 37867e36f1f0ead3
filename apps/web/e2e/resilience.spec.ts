import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";
import { startSubgraph, stopSubgraph } from "./support/stack-control.ts";

test("with the Oppgave service down, every page renders the rest and says which part is unavailable", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await stopSubgraph("oppgave");
  try {
    // Dashboard: letters and invoices as usual, the task section says it is unavailable.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Din oversikt" })).toBeVisible();
    const oppgaver = page.getByRole("region", { name: "Oppgaver" });
    await expect(oppgaver).toContainText("Vi får ikke hentet oppgavene dine akkurat nå.");
    await expect(page.getByRole("region", { name: "Post fra kommunen" })).toContainText(/Uleste brev: \d+/);
    await expect(page.getByTestId("sum-utestaende")).toBeVisible();
    await expect(page.getByText(/får ikke hentet/)).toHaveCount(1);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, "forside-uten-oppgave");

    // The Oppgaver page keeps its frame and says what is missing; no error page.
    const response = await page.goto("/oppgaver");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Oppgaver" })).toBeVisible();
    await expect(page.getByText("Vi får ikke hentet oppgavene dine akkurat nå.")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, "oppgaver-uten-oppgave");

    // Pages served by the other subgraphs are untouched.
    await page.goto("/fakturaer");
    await expect(page.getByTestId("sum-utestaende")).toBeVisible();
    await page.goto("/post");
    await expect(page.getByTestId("forsendelse").first()).toBeVisible();
    await expect(page.getByText(/får ikke hentet/)).toHaveCount(0);

    // Søk: the task group says it is unavailable; letters and invoices are still found.
    await page.goto("/sok?q=SFO");
    await expect(page.getByText("Vi får ikke søkt i oppgavene dine akkurat nå. Prøv igjen om litt.")).toBeVisible();
    await expect(
      page
        .getByRole("region", { name: /^Fakturaer \(\d+\)$/ })
        .getByRole("link")
        .first(),
    ).toBeVisible();
    await expect(page.getByText(/får ikke søkt/)).toHaveCount(1);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, "sok-uten-oppgave");
  } finally {
    await startSubgraph("oppgave");
  }

  // Back up: the tasks are there again.
  await page.goto("/oppgaver");
  await expect(page.getByTestId("oppgave").first()).toBeVisible();
});

test("with the Faktura service down, the dashboard and Fakturaer say so while tasks and letters show", async ({
  page,
}) => {
  await loggInn(page);
  await stopSubgraph("faktura");
  try {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Fakturaer" })).toContainText(
      "Vi får ikke hentet fakturaene dine akkurat nå.",
    );
    await expect(page.getByRole("region", { name: "Oppgaver" }).getByRole("link").first()).toBeVisible();
    await page.goto("/fakturaer");
    await expect(page.getByText("Vi får ikke hentet fakturaene dine akkurat nå.")).toBeVisible();
    // An invoice's own page keeps its frame and says the same, rather than "not found".
    const faktura = await page.goto("/fakturaer/fa000000-0000-4000-8000-000000001004");
    expect(faktura?.status()).toBe(200);
    await expect(page.getByText("Vi får ikke hentet fakturaene dine akkurat nå.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/oppgaver");
    await expect(page.getByTestId("oppgave").first()).toBeVisible();
  } finally {
    await startSubgraph("faktura");
  }
});

test("with KRR down, Profil says the contact details are unavailable while the notification choices work", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  await stopSubgraph("dev-krr");
  try {
    const response = await page.goto("/profil");
    expect(response?.status()).toBe(200);
    const kontakt = page.getByRole("region", { name: "Kontaktinformasjon" });
    await expect(kontakt).toContainText(
      "Vi får ikke hentet kontaktinformasjonen din fra Kontakt- og reservasjonsregisteret akkurat nå.",
    );
    await expect(kontakt.getByRole("link", { name: "Endre kontaktinformasjonen din hos norge.no" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Påminnelser om oppgaver på e-post" })).toBeVisible();
    await expect(page.getByText(/får ikke hentet/)).toHaveCount(1);
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, "profil-uten-krr");
  } finally {
    await startSubgraph("dev-krr");
  }
  await page.reload();
  await expect(page.getByRole("region", { name: "Kontaktinformasjon" }).getByTestId("krr")).toBeVisible();
});
