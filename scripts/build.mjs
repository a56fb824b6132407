// The build (npm run dist): type-check, then bundle each entry point with its dependencies into
// one self-contained file under dist/, then pack the rules. dist/ is committed, so that every way
// of installing (a clone, a tarball, a git URL, the pre-commit framework, the GitHub Action's
// checkout) runs without a build step, build tools or node_modules on the user's side.
// Bundling also keeps the hook fast: Node's ESM loader costs ~60 ms for the ~40 modules of
// `leakproof staged`, one file a few.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
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
const esm = {
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
 * dist/cli/ is CommonJS (its own package.json says so): Node starts a CommonJS entry without its
 * ESM loader, ~8 ms less on every commit the hook checks. The source stays ESM; `import.meta.url`
 * becomes the bundle's own file URL, and `import()` of a bundle beside it a `require` (else
 * Node would load it through the ESM loader after all).
 */
const common = {
  ...esm,
  format: "cjs",
  define: { "import.meta.url": "__leakproofUrl" },
  supported: { "dynamic-import": false },
  // The directive first: esbuild's own "use strict" comes after the banner, too late to count.
  banner: { js: '"use strict";\nconst __leakproofUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/**
 * Modules that stay files of their own beside main.js (dist/cli/<name>.js), loaded when used:
 * `staged` (the pre-commit hook) so that a commit compiles only its code (main.js is the argument
 * parsing and help, the other commands are commands.js: ~2x less to compile on every commit);
 * `dir` starts itself again as a worker thread; `django` and the hook's deployment checks carry a
 * Python grammar (@lezer/python) that an ordinary commit never needs.
 */
const SEPARATE = {
  "./commands/staged.js": { entry: "src/cli/commands/staged.ts", out: "staged.js" },
  "./daemon/server.js": { entry: "src/cli/daemon/server.ts", out: "daemon.js" },
  "./dispatch.js": { entry: "src/cli/dispatch.ts", out: "commands.js" },
  "./commands/dir.js": { entry: "src/cli/commands/dir.ts", out: "dir.js" },
  "./commands/django.js": { entry: "src/cli/commands/django.ts", out: "django.js" },
  "../django/hook.js": { entry: "src/django/hook.ts", out: "django-hook.js" },
};
const separate = {
  name: "separate-modules",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const s = SEPARATE[args.path];
      return s && args.kind === "dynamic-import" ? { path: `./${s.out}`, external: true } : undefined;
    });
  },
};
/**
 * Libraries a module loads on first use (`const require = createRequire(import.meta.url)`, then
 * `require("lib")`: the regex analysers, ~1.5 MB): they go into one CommonJS file of their own,
 * dist/cli/vendor.cjs, which that `require` then loads, still only when called. So installs
 * need no node_modules, and the hook's bundle does not carry them.
 */
const vendored = new Set();
const lazyRequire = {
  name: "lazy-require",
  setup(b) {
    b.onLoad({ filter: /src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!/const require = createRequire\(import\.meta\.url\);/.test(text)) return undefined;
      const contents = text.replace(/\brequire\("([^".][^"]*)"\)/g, (_, name) => {
        vendored.add(name);
        return `require("./vendor.cjs")[${JSON.stringify(name)}]`;
      });
      return { contents, loader: "ts" };
    });
  },
};
const plugins = [separate, lazyRequire];
await build({ ...common, entryPoints: [join(ROOT, "src/cli/main.ts")], outfile: join(DIST, "cli/main.js"), plugins });
for (const { entry, out } of Object.values(SEPARATE))
  await build({ ...common, entryPoints: [join(ROOT, entry)], outfile: join(DIST, "cli", out), plugins });
writeFileSync(join(DIST, "cli/package.json"), '{ "type": "commonjs" }\n');
// The GitHub Action's entry stays ESM (dist/action/ is under the package's "type": "module").
await build({
  ...esm,
  entryPoints: [join(ROOT, "src/action/main.ts")],
  outfile: join(DIST, "action/main.js"),
  plugins,
});

if (vendored.size > 0)
  await build({
    ...esm,
    format: "cjs",
    banner: {},
    stdin: {
      contents: `module.exports = {${[...vendored].map((n) => `${JSON.stringify(n)}: require(${JSON.stringify(n)})`).join(", ")}};`,
      resolveDir: ROOT,
      loader: "js",
    },
    outfile: join(DIST, "cli/vendor.cjs"),
  });

// The rule pack and keyword table (dist/patterns.pack, dist/keywords.*), made by the same code that reads them.
const pack = join(DIST, "cli/pack.js");
await build({ ...common, entryPoints: [join(ROOT, "src/rules/pack.ts")], outfile: pack });
execFileSync(process.execPath, [pack], { cwd: ROOT, stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"] });
rmSync(pack);
