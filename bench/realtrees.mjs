#!/usr/bin/env node
// False alarms on code nobody here wrote: `leakproof dir` over real open-source trees, findings per
// 10 MB. A benchmark, not a test: it prints figures and every finding (redacted) for a person to
// judge, and fails only if a scan itself fails (exit 2).
//
//   node bench/realtrees.mjs [--quiet] [PATH...]
//
// Without PATHs the trees are the packages `npm ci` installed (node_modules/*: TypeScript, Prettier,
// esbuild, Vite, ajv, yaml… — real, popular, and offline). Published packages hold no live
// credentials, so every finding there is a false alarm or at most a test/documentation key.
// Each PATH is one more tree (a checkout, an unpacked package): e.g. /work/corpora/trees/*.
import { readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { ensureBuild, ROOT, scanFindings } from "./common.mjs";

const MB = 1e6;
const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const paths = args.filter((a) => !a.startsWith("--"));

function bytesOf(dir) {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) bytes += statSync(join(e.parentPath ?? e.path, e.name)).size;
  }
  return bytes;
}

/** node_modules/<pkg> and node_modules/@scope/<pkg>, each a tree. */
function installedPackages() {
  const nm = join(ROOT, "node_modules");
  const out = [];
  for (const e of readdirSync(nm, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith(".")) continue;
    if (e.name.startsWith("@")) {
      for (const s of readdirSync(join(nm, e.name), { withFileTypes: true }))
        if (s.isDirectory()) out.push(join(nm, e.name, s.name));
    } else out.push(join(nm, e.name));
  }
  return out.sort();
}

/** One scan; each tree is its own root (--no-ignore: a package's .npmignore or our .gitignore is not its content). */
const scan = (tree) => scanFindings(tree, ["dir", "--no-ignore", "."], `scan of ${tree}`);

ensureBuild();
const trees = paths.length > 0 ? paths.map((p) => resolve(p)) : installedPackages();
const label = (t) => (paths.length > 0 ? basename(t) : t.slice(join(ROOT, "node_modules").length + 1));
let totalBytes = 0;
let totalFindings = 0;
let totalScoped = 0;
const rows = [];
for (const tree of trees) {
  const bytes = bytesOf(tree);
  const findings = scan(tree);
  totalBytes += bytes;
  const scoped = findings.filter((f) => f.scope !== undefined).length;
  totalFindings += findings.length;
  totalScoped += scoped;
  rows.push({ tree: label(tree), mb: bytes / MB, findings: findings.length, scoped });
  if (!quiet)
    for (const f of findings)
      process.stdout.write(
        `  ${label(tree)}/${f.file}:${f.line}  ${f.ruleId} (${f.severity}${f.scope ? `, ${f.scope}` : ""})  ${f.secret}\n`,
      );
}
const per10 = (n, bytes) => ((n / bytes) * 10 * MB).toFixed(2);
process.stdout.write(
  `\n${"tree".padEnd(40)} ${"MB".padStart(8)} ${"findings".padStart(9)} ${"test/docs".padStart(10)} ${"per 10 MB".padStart(10)}\n`,
);
for (const r of rows)
  if (r.findings > 0 || paths.length > 0)
    process.stdout.write(
      `${r.tree.padEnd(40)} ${r.mb.toFixed(1).padStart(8)} ${String(r.findings).padStart(9)} ${String(r.scoped).padStart(10)} ${per10(r.findings, r.mb * MB).padStart(10)}\n`,
    );
process.stdout.write(
  `${"total (" + trees.length + " trees)"}`.padEnd(40) +
    ` ${(totalBytes / MB).toFixed(1).padStart(8)} ${String(totalFindings).padStart(9)} ${String(totalScoped).padStart(10)} ${per10(totalFindings, totalBytes).padStart(10)}\n`,
);
process.stdout.write(
  `false alarms per 10 MB: ${per10(totalFindings, totalBytes)} (every finding counted as false: judge the list above); ` +
    `outside tests, docs and examples: ${per10(totalFindings - totalScoped, totalBytes)}\n`,
);
