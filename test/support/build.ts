// Vitest global setup: build dist/ once (type-check, bundles, rule pack: `npm run dist`), so CLI
// tests never run stale code and run exactly what users get. dist/ is committed: the
// "dist is fresh" test then tells whether the committed build is this source's.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, ["scripts/build.mjs", "--quiet"], { cwd: root, stdio: "inherit" });
}
