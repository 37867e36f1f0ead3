import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

// The same rule as @minkommune/db's repoRoot; dev-idp does not depend on the database package.

/** The monorepo root: the nearest folder above `from` that holds turbo.json. */
export function repoRoot(from: string = process.cwd()): string {
  let dir = from;
  while (!existsSync(join(dir, "turbo.json"))) {
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

/** Default folder for local data: `.data/` at the repository root. */
export function defaultDataDir(): string {
  return join(repoRoot(), ".data");
}
