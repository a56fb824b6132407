// Bundles the CLI's hook path into one file (dist/cli/main.js, over tsc's output): Node's ESM
// loader costs ~60 ms for the ~40 modules of `leakproof staged`, a bundle a few. `dir` stays a
// module of its own (tsc's output), because it starts itself again as a worker thread.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // django loads a Python grammar (@lezer/python): kept out of the hook path too.
  external: ["./commands/dir.js", "./commands/django.js", "../django/hook.js", "smol-toml"],
  allowOverwrite: true,
  logLevel: "warning",
});
