// The build (npm run dist): type-check, then bundle each entry point with its dependencies into
// one self-contained file under dist/, then pack the rules. dist/ is committed, so that every way
// of installing (a clone, a tarball, a git URL, the pre-commit framework, the GitHub Action's
// checkout) runs without a build step, build tools or node_modules on the user's side.
// Bundling also keeps the hook fast: Node's ESM loader costs ~60 ms for the ~40 modules of
// `leakproof staged`, one file a few.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const quiet = process.argv.includes("--quiet");

// tsc only checks types; esbuild writes the output (the same code, minus the types).
if (!process.argv.includes("--no-check"))
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--noEmit"], {
    cwd: ROOT,
    stdio: "inherit",
  });

rmSync(DIST, { recursive: true, force: true });

/**
 * Every bundle sits one directory below dist/ (dist/cli/, dist/action/), so the paths the code
 * finds from its own location (../../patterns, ../keywords.bin, ../../package.json) hold in each.
 */
const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Bundled CommonJS dependencies call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __leakproofRequire } from "node:module"; const require = __leakproofRequire(import.meta.url);',
  },
  legalComments: "eof",
  logLevel: "warning",
};

/**
 * Commands that stay files of their own beside main.js (dist/cli/<name>.js): `dir` starts itself
 * again as a worker thread; `django` carries a Python grammar (@lezer/python) the hook never needs.
 */
const SEPARATE = ["dir", "django"];
const separate = {
  name: "separate-commands",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\./commands/(${SEPARATE.join("|")})\\.js$`) }, (args) => ({
      path: `./${args.path.slice("./commands/".length)}`,
      external: true,
    }));
  },
};

await build({
  ...common,
  entryPoints: [join(ROOT, "src/cli/main.ts")],
  outfile: join(DIST, "cli/main.js"),
  plugins: [separate],
});
for (const name of SEPARATE)
  await build({
    ...common,
    entryPoints: [join(ROOT, `src/cli/commands/${name}.ts`)],
    outfile: join(DIST, `cli/${name}.js`),
  });
await build({ ...common, entryPoints: [join(ROOT, "src/action/main.ts")], outfile: join(DIST, "action/main.js") });

// The rule pack and keyword table (dist/patterns.pack.json, dist/keywords.*), made by the same code that reads them.
const pack = join(DIST, "cli/pack.js");
await build({ ...common, entryPoints: [join(ROOT, "src/rules/pack.ts")], outfile: pack });
execFileSync(process.execPath, [pack], { cwd: ROOT, stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"] });
rmSync(pack);
