// Sums every suite's JSON report (vitest per workspace, Playwright for the web app) into one
// closing line, `N passed, N failed`, and lists the failed tests above it. A workspace with a
// test script but no report did not run to the end (a crash, a port in use): it counts as failed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
let passed = 0;
let failed = 0;
const failures = [];

function playwrightSpecs(suite) {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(playwrightSpecs)];
}

const places = [{ group: ".", name: "stack", dir: join(root, "test-results") }];
for (const group of ["apps", "subgraphs", "packages"]) {
  for (const name of readdirSync(join(root, group)))
    places.push({ group, name, dir: join(root, group, name, "test-results") });
}
function scripts(group, name) {
  const manifest = join(root, group, name, "package.json");
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")).scripts ?? {}) : {};
}

for (const { group, name, dir } of places) {
  {
    const expected = scripts(group, name);
    for (const [script, report] of [
      ["test", "vitest.json"],
      ["test:e2e", "e2e.json"],
    ]) {
      if (expected[script] && !existsSync(join(dir, report))) {
        failed += 1;
        failures.push(`${group}/${name}: ${script} wrote no report`);
      }
    }
    const vitest = join(dir, "vitest.json");
    if (existsSync(vitest)) {
      const report = JSON.parse(readFileSync(vitest, "utf8"));
      passed += report.numPassedTests;
      failed +=
        report.numFailedTests +
        (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
      for (const file of report.testResults ?? []) {
        for (const test of file.assertionResults ?? [])
          if (test.status === "failed") failures.push(`${group}/${name}: ${test.fullName}`);
      }
    }
    const e2e = join(dir, "e2e.json");
    if (existsSync(e2e)) {
      const report = JSON.parse(readFileSync(e2e, "utf8"));
      for (const spec of (report.suites ?? []).flatMap(playwrightSpecs)) {
        if (spec.ok) passed += 1;
        else {
          failed += 1;
          failures.push(`${group}/${name} (e2e): ${spec.title}`);
        }
      }
    }
  }
}
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(`${passed} passed, ${failed} failed`);
