#!/usr/bin/env node
// False alarms in history, on code nobody here wrote: a package's published versions from the npm
// registry, committed one after another into a git repository (a history of real code: files added,
// changed and deleted over years), then `leakproof history` over it. Published packages hold no live
// credentials, so every finding is a false alarm or at most a test/documentation key: each is
// printed (redacted) for a person to judge.
//
//   node bench/versions.mjs [--quiet] [--max N] PACKAGE...     (default: express jsonwebtoken express-session)
//
// Tarballs are cached under bench/.work/versions/ (the first run needs the npm registry).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureBuild, log, scanFindings, WORK } from "./common.mjs";

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const maxIdx = args.indexOf("--max");
const max = maxIdx >= 0 ? Number(args[maxIdx + 1]) : 60;
const pkgs = args.filter((a, i) => !a.startsWith("--") && (maxIdx < 0 || i !== maxIdx + 1));
const packages = pkgs.length > 0 ? pkgs : ["express", "jsonwebtoken", "express-session"];

function run(cmd, argv, cwd, env = {}) {
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1048576,
    env: { ...process.env, ...env },
  });
  if (r.error) throw r.error;
  return r;
}

/** Up to `max` versions spread evenly over the package's history, oldest first, prereleases left out. */
function versionsOf(pkg) {
  const r = run("npm", ["view", pkg, "versions", "--json"], WORK);
  if (r.status !== 0) {
    log(`npm view ${pkg} failed: ${r.stderr.trim()}`);
    process.exit(2);
  }
  const all = JSON.parse(r.stdout).filter((v) => !v.includes("-"));
  if (all.length <= max) return all;
  const step = (all.length - 1) / (max - 1);
  return [...new Set(Array.from({ length: max }, (_, i) => all[Math.round(i * step)]))];
}

function tarballs(pkg, versions) {
  const dir = join(WORK, "versions", pkg.replace("/", "__"));
  mkdirSync(dir, { recursive: true });
  const file = (v) => join(dir, `${pkg.replace("@", "").replace("/", "-")}-${v}.tgz`);
  const missing = versions.filter((v) => !existsSync(file(v)));
  if (missing.length > 0) {
    log(`${pkg}: fetching ${missing.length} tarballs from the registry`);
    const r = run("npm", ["pack", "--silent", "--pack-destination", dir, ...missing.map((v) => `${pkg}@${v}`)], dir);
    if (r.status !== 0) {
      log(`npm pack failed: ${r.stderr.trim()}`);
      process.exit(2);
    }
  }
  return versions.map((v) => [v, file(v)]);
}

function buildRepo(pkg, tars) {
  const repo = join(WORK, "versions", `${pkg.replace("/", "__")}.git-work`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const git = (...a) => {
    const r = run("git", a, repo, {
      GIT_AUTHOR_DATE: "2020-01-01T00:00:00Z",
      GIT_COMMITTER_DATE: "2020-01-01T00:00:00Z",
    });
    if (r.status !== 0) throw new Error(`git ${a.join(" ")}: ${r.stderr}`);
  };
  git("init", "-q", "-b", "main");
  git("config", "user.email", "bench@example.com");
  git("config", "user.name", "bench");
  for (const [v, tgz] of tars) {
    for (const e of readdirSync(repo)) if (e !== ".git") rmSync(join(repo, e), { recursive: true, force: true });
    const r = run("tar", ["-xzf", tgz, "--strip-components=1", "-C", repo], repo);
    if (r.status !== 0) throw new Error(`tar ${tgz}: ${r.stderr}`);
    git("add", "-A", ".");
    git("commit", "-q", "--allow-empty", "-m", `${pkg} ${v}`);
  }
  return repo;
}

ensureBuild();
mkdirSync(WORK, { recursive: true });
let total = 0;
let scoped = 0;
const rows = [];
for (const pkg of packages) {
  const tars = tarballs(pkg, versionsOf(pkg));
  const repo = buildRepo(pkg, tars);
  const findings = scanFindings(repo, ["history"], `history scan of ${pkg}`);
  const s = findings.filter((f) => f.scope !== undefined).length;
  total += findings.length;
  scoped += s;
  rows.push([pkg, tars.length, findings.length, s]);
  if (!quiet)
    for (const f of findings)
      process.stdout.write(
        `  ${pkg}@${(f.commit ?? "").slice(0, 8)}:${f.file}:${f.line}  ${f.ruleId} (${f.severity}${f.scope ? `, ${f.scope}` : ""})  ${f.secret}\n`,
      );
}
process.stdout.write(
  `\n${"package".padEnd(24)} ${"versions".padStart(9)} ${"findings".padStart(9)} ${"test/docs".padStart(10)}\n`,
);
for (const [p, n, f, s] of rows)
  process.stdout.write(`${p.padEnd(24)} ${String(n).padStart(9)} ${String(f).padStart(9)} ${String(s).padStart(10)}\n`);
process.stdout.write(
  `history findings: ${total} (every one counted as false: judge the list above); outside tests, docs and examples: ${total - scoped}\n`,
);
