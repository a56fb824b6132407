// Does a husky pre-commit script already run leakproof through lint-staged? Then install adds no
// second scan to it. Reads lint-staged's config where lint-staged looks for it (package.json's
// "lint-staged" key, .lintstagedrc*, lint-staged.config.*) in the package that owns .husky/.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const CONFIG_FILES = [
  ".lintstagedrc",
  ".lintstagedrc.json",
  ".lintstagedrc.yaml",
  ".lintstagedrc.yml",
  ".lintstagedrc.mjs",
  ".lintstagedrc.cjs",
  ".lintstagedrc.js",
  "lint-staged.config.js",
  "lint-staged.config.mjs",
  "lint-staged.config.cjs",
];

/** `leakproof staged`, `node …/dist/cli/main.js staged` (this package's bin), …: a leakproof command that scans staged files. */
const RUNS_STAGED = /(?:leakproof\S*|dist\/cli\/main\.js)\s+staged\b/;

/** The lint-staged config text that applies to a package directory, if any. */
export function lintStagedConfig(pkgDir: string): string | undefined {
  const pkg = read(join(pkgDir, "package.json"));
  if (pkg !== undefined) {
    try {
      const section = (JSON.parse(pkg) as Record<string, unknown>)["lint-staged"];
      if (section !== undefined) return JSON.stringify(section);
    } catch {
      // An unreadable package.json: lint-staged would fail too; look at the other files.
    }
  }
  for (const f of CONFIG_FILES) {
    const text = read(join(pkgDir, f));
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The hook script runs lint-staged, and lint-staged's config runs `leakproof staged`. */
export function lintStagedRunsLeakproof(script: string | undefined, pkgDir: string): boolean {
  if (script === undefined || !/\blint-staged\b/.test(script)) return false;
  const config = lintStagedConfig(pkgDir);
  return config !== undefined && RUNS_STAGED.test(config);
}

function read(p: string): string | undefined {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return undefined;
  }
}
