import { INGRID } from "@minkommune/demo-data";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { loggInn } from "./support/login.ts";
import { keepScreenshot } from "./support/screenshot.ts";

test("'Nytt siden sist' counts from the previous login: registered once per login, not per page view", async ({
  browser,
}, testInfo) => {
  // Ingrid's first login in this stack: everything she has is new.
  const first = await (await browser.newContext()).newPage();
  await loggInn(first, INGRID);
  const nytt = first.getByRole("region", { name: "Nytt siden sist" });
  const antall = nytt.getByTestId("nytt-antall");
  await expect(antall).toHaveText(/^[1-9]\d* nye siden du begynte å bruke Min kommune$/);
  const forste = await antall.textContent();
  await expect(nytt.getByRole("link", { name: "Vedtak om startlån" })).toHaveAttribute(
    "href",
    /^\/post\/[0-9a-f-]{36}$/,
  );
  await expectNoAxeViolations(first);
  await keepScreenshot(first, testInfo, "nytt-siden-sist");

  // Page views in the same login do not move the boundary.
  await first.reload();
  await first.goto("/post");
  await first.goto("/");
  await expect(antall).toHaveText(forste ?? "");

  // A new login does: nothing has arrived since the first one.
  const second = await (await browser.newContext()).newPage();
  await loggInn(second, INGRID);
  await expect(second.getByTestId("nytt-antall")).toHaveText(
    /^0 nye siden du logget inn \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}$/u,
  );
  await second.reload();
  await expect(second.getByTestId("nytt-antall")).toHaveText(/^0 nye siden du logget inn/);
});
