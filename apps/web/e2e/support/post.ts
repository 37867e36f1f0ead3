import type { Page } from "@playwright/test";

/** The unread count the Post page shows ("Uleste brev: 3"). */
export async function antallUleste(page: Page): Promise<number> {
  const text = await page.getByText(/^Uleste brev: \d+$/).textContent();
  return Number(text?.match(/\d+/)?.[0]);
}
