import { KARI } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { WEB_URL } from "./stack/services.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { pressWithKeyboard, tabTo } from "./support/keyboard.ts";
import { fullforInnlogging, loggInn } from "./support/login.ts";
import { utenJavaScript } from "./support/no-script.ts";
import { antallUleste } from "./support/post.ts";
import { keepScreenshot } from "./support/screenshot.ts";

/** The demo letters' fixed ids (subgraphs/innsyn/src/seed.ts): Kari's 1 (level 3) and 3 (level 4), Ola's 5. */
const brevId = (n: number) => `d0c5e11a-0000-4000-8000-${String(n).padStart(12, "0")}`;
const dokumentId = (n: number) => `d0c5e11a-0000-4000-9000-${String(n).padStart(12, "0")}`;

test("by keyboard: open a letter from Post, its PDF opens in the browser and downloads", async ({ page }, testInfo) => {
  await loggInn(page);
  await page.goto("/post");
  const link = page.getByRole("link", { name: "Vedtak om plass i barnehage" });
  await pressWithKeyboard(page, link);
  await expect(page).toHaveURL(`${WEB_URL}/post/${brevId(1)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Vedtak om plass i barnehage" })).toBeVisible();
  await expect(page.getByText("Oslo kommune, Bydel Grünerløkka")).toBeVisible();
  await expect(page.getByText(/^18\. november 2026 kl\. 10:12$/)).toBeVisible();
  const dokument = page.getByTestId("dokument");
  await expect(dokument).toHaveCount(1);
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "brev");

  // "Åpne": the PDF in place (inline), streamed through the web app with the session's token.
  const apne = dokument.getByRole("link", { name: "Åpne" });
  await expect(apne).toHaveAttribute("href", `/post/dokument/${dokumentId(1)}`);
  const inline = await page.request.get(`/post/dokument/${dokumentId(1)}`);
  expect(inline.status()).toBe(200);
  expect(inline.headers()["content-type"]).toBe("application/pdf");
  expect(inline.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(inline.headers()["cache-control"]).toBe("private, no-store");
  // The document's own policy, not a page's (no nonce, no scripts): it may only not be framed.
  expect(inline.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
  expect((await inline.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // "Last ned": the same bytes as a file, from the keyboard.
  const lastNed = dokument.getByRole("link", { name: "Last ned" });
  await tabTo(page, lastNed);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const attachment = await page.request.get(`/post/dokument/${dokumentId(1)}?last-ned=1`);
  expect(attachment.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(await attachment.body()).toEqual(await inline.body());
});

test("from the letter page: mark unread, archive, and restore from the archive with the bulk form", async ({
  page,
}) => {
  await loggInn(page);
  await page.goto(`/post/${brevId(1)}`);
  const handlinger = page.getByRole("region", { name: "Hva vil du gjøre med brevet?" });

  await handlinger.getByRole("button", { name: "Marker som lest" }).click();
  await expect(page.getByText("Brevet er markert som lest.")).toBeVisible();
  await handlinger.getByRole("button", { name: "Marker som ulest" }).click();
  await expect(page.getByText("Brevet er markert som ulest.")).toBeVisible();
  await expect(page).toHaveURL(`${WEB_URL}/post/${brevId(1)}?status=ulest`);
  await expect(page.getByText("Ulest", { exact: true })).toBeVisible();

  await handlinger.getByRole("button", { name: "Arkiver brevet" }).click();
  await expect(page.getByText("Brevet er arkivert.")).toBeVisible();
  await expect(page.getByText("Arkivert", { exact: true })).toBeVisible();
  await page.goto("/post");
  await expect(page.getByRole("link", { name: "Vedtak om plass i barnehage" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Vis brev" }).getByRole("link", { name: "Arkiverte" }).click();
  await expect(page).toHaveURL(`${WEB_URL}/post?vis=arkiverte`);
  const arkivert = page.getByTestId("forsendelse").filter({ hasText: "Vedtak om plass i barnehage" });
  await arkivert.getByRole("checkbox", { name: "Velg brevet «Vedtak om plass i barnehage»" }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Flytt valgte tilbake til innboksen" }).click();
  await expect(page.getByText("Brevet er flyttet tilbake til innboksen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Vedtak om plass i barnehage" })).toHaveCount(0);
  await page.goto("/post");
  await expect(page.getByRole("link", { name: "Vedtak om plass i barnehage" })).toBeVisible();
});

test("bulk actions on Post work without JavaScript: one submit for every checked letter", async ({ page, browser }) => {
  await loggInn(page);
  await utenJavaScript(page, browser, async (post) => {
    await post.goto(`${WEB_URL}/post`);
    await post.getByRole("button", { name: "Marker valgte som ulest" }).click();
    await expect(post.getByText("Kryss av for minst ett brev først.")).toBeVisible();

    const unreadBefore = await antallUleste(post);
    const read = post.getByTestId("forsendelse").filter({ has: post.getByText("Lest", { exact: true }) });
    const readCount = await read.count();
    expect(readCount).toBeGreaterThanOrEqual(1);
    const checked = Math.min(readCount, 2);
    for (let i = 0; i < checked; i++) await read.nth(i).getByRole("checkbox").check();
    await post.getByRole("button", { name: "Marker valgte som ulest" }).click();
    await expect(
      post.getByText(checked === 1 ? "Brevet er markert som ulest." : `${checked} brev er markert som ulest.`),
    ).toBeVisible();
    await expect(post.getByText(`Uleste brev: ${unreadBefore + checked}`, { exact: true })).toBeVisible();

    // And back: every letter on the page checked, all marked read in one request.
    for (const box of await post.getByRole("checkbox").all()) await box.check();
    await post.getByRole("button", { name: "Marker valgte som lest" }).click();
    await expect(post.getByText(/^(\d+ brev er markert som lest\.|Brevet er markert som lest\.)$/)).toBeVisible();
    await expect(post.getByText("Uleste brev: 0", { exact: true })).toBeVisible();
  });
});

test("at level 3: the note and step-up button, and a level-4 document asks for a level-4 login, then opens", async ({
  page,
}, testInfo) => {
  await loggInn(page, KARI, 3);
  await page.goto("/post");
  const note = page.getByTestId("step-up-note");
  await expect(note).toContainText(/Du har \d+ brev som krever innlogging på sikkerhetsnivå 4\./);
  await expect(note.getByRole("button", { name: "Logg inn med høyere sikkerhetsnivå" })).toBeVisible();
  // The level-4 letter itself is not there, and its page answers as if it did not exist.
  await expect(page.getByRole("link", { name: "Vedtak om helse- og omsorgstjenester" })).toHaveCount(0);
  expect((await page.goto(`/post/${brevId(3)}`))?.status()).toBe(404);

  // Its document (e.g. from a link in an e-mail) leads to the step-up page.
  await page.goto(`/post/dokument/${dokumentId(3)}`);
  await expect(page).toHaveURL(`${WEB_URL}/post/dokument/krever-niva-4?dokument=${dokumentId(3)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Dokumentet krever høyere sikkerhetsnivå" })).toBeVisible();
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "krever-niva-4");

  // The step-up asks ID-porten for level 4 (BankID comes preselected) and comes back to the document.
  await pressWithKeyboard(page, page.getByRole("button", { name: "Logg inn med høyere sikkerhetsnivå" }));
  await expect(page.getByLabel("BankID (nivå 4)")).toBeChecked();
  const documentResponse = page.waitForResponse((r) => r.url() === `${WEB_URL}/post/dokument/${dokumentId(3)}`);
  await fullforInnlogging(page, KARI, 4).catch(() => undefined);
  const response = await documentResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ niva: 4 });
});

test("documents and letters that are not the citizen's answer 'not found' in her language", async ({
  page,
}, testInfo) => {
  await loggInn(page);
  // Ola's letter's document, and an id that does not exist: the same page.
  for (const id of [dokumentId(5), "d0c5e11a-0000-4000-9000-0000000000ff"]) {
    await page.goto(`/post/dokument/${id}`);
    await expect(page).toHaveURL(`${WEB_URL}/post/dokument/ikke-funnet`);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke dokumentet" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await keepScreenshot(page, testInfo, "dokument-ikke-funnet");
  expect((await page.goto(`/post/${brevId(5)}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  expect((await page.goto("/post/12858510048"))?.status()).toBe(404);
});

test("a forged bulk action with another citizen's letter among the checked ones changes nothing", async ({ page }) => {
  await loggInn(page);
  await page.goto("/post");
  const unread = await page.getByText(/^Uleste brev: \d+$/).textContent();
  // One of her read letters (which would turn unread), and a box pointed at Ola's letter, as a tampering user could.
  const read = page.getByTestId("forsendelse").filter({ has: page.getByText("Lest", { exact: true }) });
  await read.first().getByRole("checkbox").check();
  const other = await page.locator('input[type="checkbox"]:not(:checked)').first().elementHandle();
  if (!other) throw new Error("no second letter to check");
  await other.check();
  // Changed after the click: React restores an input's value on its own events.
  await other.evaluate((box, id) => {
    (box as HTMLInputElement).value = id;
  }, brevId(5));
  await page.getByRole("button", { name: "Marker valgte som ulest" }).click();
  await expect(page.getByText("Vi fikk ikke endret brevet. Prøv igjen om litt.")).toBeVisible();
  await expect(page.getByText(unread ?? "", { exact: true })).toBeVisible();
});
