import { defineConfig } from "vitest/config";

/**
 * Settings every workspace's vitest uses: a JSON report under test-results/ (summed by
 * .ci/run) beside the readable one, and timeouts that allow for real databases and servers.
 */
export const sharedTestConfig = defineConfig({
  test: {
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
  },
});
