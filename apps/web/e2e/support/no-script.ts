import type { Browser, Page } from "@playwright/test";

/**
 * Runs `steps` in a second browser context with the login of `page` and JavaScript switched
 * off, as for a citizen whose browser runs no scripts; the context is closed afterwards.
 */
export async function utenJavaScript(page: Page, browser: Browser, steps: (noScript: Page) => Promise<void>) {
  const noScript = await browser.newContext({
    storageState: await page.context().storageState(),
    javaScriptEnabled: false,
  });
  try {
    await steps(await noScript.newPage());
  } finally {
    await noScript.close();
  }
}
