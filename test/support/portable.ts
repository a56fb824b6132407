// The built CLI copied to a world-readable temporary directory, for tests that run it as another
// user (`su nobody`): the checkout itself may sit in a private (0700) directory, as in CI.
import { chmodSync, cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "./tmp.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** What the built CLI reads at run time: its code, the rules, its version, its runtime dependencies. */
const PARTS = [
  "dist",
  "patterns",
  "package.json",
  ...["smol-toml", "ignore", "picocolors"].map((m) => `node_modules/${m}`),
];

/** A copy of the CLI anyone may read and run; returns the path of its main.js. Removed after the test. */
export function portableCli(): string {
  const dir = tempDir("leakproof-cli-");
  for (const part of PARTS)
    if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  chmodSync(dir, 0o755);
  return join(dir, "dist", "cli", "main.js");
}
