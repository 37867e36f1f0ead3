import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, maxTabs = 30): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `not reachable with ${maxTabs} presses of Tab`).toBeFocused({ timeout: 1 });
}

/** Activates `target` from the keyboard: Tab to it, then Enter. */
export async function pressWithKeyboard(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}
