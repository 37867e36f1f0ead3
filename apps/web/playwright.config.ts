import { defineConfig } from "@playwright/test";
import { WEB_URL } from "./e2e/stack/services.ts";

/** End-to-end tests against `next start` and the real stack, in Debian's Chromium. */
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  // One stack, one browser: the tests share the fixed ports and the demo data.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Beside (not over) vitest's test-results/vitest.json: Playwright empties its outputDir.
  outputDir: "test-results/e2e",
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/e2e.json" }],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  use: {
    baseURL: WEB_URL,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
