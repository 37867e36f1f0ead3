import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared.ts";

// `server-only` throws outside React Server Components; tests of server modules get its
// react-server build (an empty module), as Next.js gives the server bundle.
const serverOnly = join(dirname(createRequire(import.meta.url).resolve("server-only")), "empty.js");

// tsconfig keeps JSX for Next.js to compile ("preserve"); tests of components compile it here.
export default mergeConfig(sharedTestConfig, {
  resolve: { alias: { "server-only": serverOnly } },
  oxc: { jsx: { runtime: "automatic" } },
  // The benchmark's statistics are tested beside it (mergeConfig appends to the shared include).
  test: { include: ["bench/**/*.test.ts"] },
});
