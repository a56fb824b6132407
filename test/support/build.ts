// Vitest global setup: build dist/ once (tsc, bundle, rule pack: `npm run build`), so CLI tests
// never run stale code and run exactly what users get.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const run = (...args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  run("node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
  run("scripts/bundle.mjs");
  run("dist/rules/pack.js");
}
