import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { loggInn } from "./support/login.ts";
import { utenJavaScript } from "./support/no-script.ts";
import { antallUleste } from "./support/post.ts";

/** "1 234,50 kr" with Intl's no-break spaces. */
const KRONER = /^\d{1,3}(\s\d{3})*,\d{2}\skr$/;

test("Fakturaer shows the sum owed and the overdue count, amounts the Norwegian way, with views", async ({ page }) => {
  await loggInn(page);
  await page.goto("/fakturaer");
  await expect(page.getByRole("heading", { level: 1, name: "Fakturaer" })).toBeVisible();
  const totals = page.getByTestId("faktura-totaler");
  await expect(totals.getByTestId("sum-utestaende")).toHaveText(KRONER);
  await expect(totals).toContainText("Ubetalte fakturaer");
  await expect(totals).toContainText("Forfalte fakturaer");

  const unpaid = page.getByTestId("faktura");
  await expect(unpaid.first()).toBeVisible();
  await expect(unpaid.first()).toContainText(/Å betale\s*\d{1,3}(\s\d{3})*,\d{2}\skr/);
  await expect(unpaid.first()).toContainText(/Forfallsdato\s*\d{1,2}\. \p{L}+ \d{4}/u);
  await expect(unpaid.getByText("Betalt", { exact: true })).toHaveCount(0);

  await page.getByRole("link", { name: "Alle", exact: true }).click();
  await expect(page).toHaveURL(`${WEB_URL}/fakturaer?vis=alle`);
  expect(await page.getByTestId("faktura").count()).toBeGreaterThanOrEqual(await unpaid.count());
  await expectNoAxeViolations(page);
});

test("a letter is marked unread and read again with a plain form, without JavaScript", async ({ page, browser }) => {
  await loggInn(page);
  await utenJavaScript(page, browser, async (post) => {
    await post.goto(`${WEB_URL}/post`);
    await expect(post.getByRole("heading", { level: 1, name: "Post fra kommunen" })).toBeVisible();
    const unreadBefore = await antallUleste(post);

    const markUnread = post.getByRole("button", { name: "Marker som ulest" });
    const letter = post.getByTestId("forsendelse").filter({ has: markUnread }).first();
    const title = (await letter.getByRole("heading").textContent()) ?? "";
    await letter.getByRole("button", { name: "Marker som ulest" }).click();
    await expect(post.getByText("Brevet er markert som ulest.")).toBeVisible();
    await expect(post).toHaveURL(`${WEB_URL}/post?status=ulest`);
    await expect(post.getByText(`Uleste brev: ${unreadBefore + 1}`, { exact: true })).toBeVisible();

    // In the unread view the letter is now there; mark it read again from there.
    await post.getByRole("link", { name: "Uleste", exact: true }).click();
    const again = post.getByTestId("forsendelse").filter({ hasText: title });
    await expect(again.getByText("Ulest", { exact: true })).toBeVisible();
    await again.getByRole("button", { name: "Marker som lest" }).click();
    await expect(post.getByText("Brevet er markert som lest.")).toBeVisible();
    await expect(post).toHaveURL(`${WEB_URL}/post?vis=uleste&status=lest`);
    await expect(post.getByText(`Uleste brev: ${unreadBefore}`, { exact: true })).toBeVisible();
    await expect(post.getByTestId("forsendelse").filter({ hasText: title })).toHaveCount(0);
  });
});

test("a forged mark-as-read for a letter that is not the citizen's changes nothing and says so", async ({ page }) => {
  await loggInn(page);
  await page.goto("/post");
  const unread = await page.getByText(/^Uleste brev: \d+$/).textContent();
  // Point the first form at a made-up letter id, as a tampering user could.
  await page
    .getByTestId("forsendelse")
    .first()
    .locator('input[type="hidden"][name="meldingId"]')
    .evaluate((input) => {
      (input as HTMLInputElement).value = "00000000-0000-4000-8000-000000000000";
    });
  await page.getByTestId("forsendelse").first().getByRole("button").click();
  await expect(page.getByText("Vi fikk ikke endret brevet. Prøv igjen om litt.")).toBeVisible();
  await expect(page.getByText(unread ?? "", { exact: true })).toBeVisible();
});
