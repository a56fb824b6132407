#!/usr/bin/env node
// npm run bench: the five figures of issue 9, each a ratio against its baseline measured in the
// same run (rounds interleaved, baseline and leakproof in alternating order, medians), plus peak
// memory, and for each one whether its planted secrets were found at the right place.
//
//   node bench/all.mjs [--runs N] [--hook-runs N] [--repo PATH] [--only history,large,hook,dir] [--regen]
//
//   history  `leakproof history` on a 20k-commit repository made by bench/realistic.mjs (not the
//            generator of history.mjs) vs `git log -p -U0 --all`
//   large    the same on a large realistic repository: built from django's tree (30k commits),
//            or the repository given with --repo PATH (used as is, read only: no planted secrets)
//   memory   peak RSS of the leakproof process on both histories (flat: it must not grow with size)
//   hook     `leakproof staged` on a clean 10-file, 640-line commit vs `node -e 0`, answered by its
//            daemon as on a developer's machine (and, for scale, without it: LEAKPROOF_DAEMON=0)
//   dir      `leakproof dir` on django's tree vs `rg -i -F -f <keywords> -c .` (grep -r when rg is
//            not installed; said in the output)
//
// Repositories and trees are generated once into bench/.work/ and reused while their manifest matches.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, ensureBuild, log, Rand, ROOT, timed, WORK } from "./common.mjs";
import { generateRealistic, readSource, REALISTIC_VERSION } from "./realistic.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const RUNS = Math.max(1, Number(opt("--runs", 3)));
const HOOK_RUNS = Math.max(3, Number(opt("--hook-runs", 21)));
const GIVEN_REPO = opt("--repo", undefined);
const ONLY = new Set((opt("--only", "history,large,hook,dir") ?? "").split(","));
const REGEN = args.includes("--regen");
const TREES = "/work/corpora/trees";
const RSS_FILE = join(WORK, "all-rss.txt");
const MB = 1e6;

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (s) => `${s.toFixed(2)} s`;

// --- repositories ------------------------------------------------------------------------------

async function ensureRealistic(name, settings) {
  const dir = join(WORK, name);
  const manifest = join(WORK, `${name}.json`);
  const want = { version: REALISTIC_VERSION, ...settings };
  if (!REGEN && existsSync(manifest) && existsSync(dir)) {
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    if (JSON.stringify(m.want) === JSON.stringify(want)) return { dir, ...m };
  }
  log(
    `generating ${name} (${settings.commits} commits from ${settings.sources.join(", ") || "a built-in vocabulary"})`,
  );
  const t0 = performance.now();
  mkdirSync(WORK, { recursive: true });
  rmSync(manifest, { force: true });
  const source = readSource(settings.sources.map((s) => join(TREES, s)));
  const g = await generateRealistic(dir, {
    seed: settings.seed,
    commits: settings.commits,
    source,
    hunkScale: settings.hunkScale,
  });
  const patch = Number(
    spawnSync("sh", ["-c", "git log -p -U0 --all | wc -c"], { cwd: dir, encoding: "utf8" }).stdout.trim(),
  );
  const m = {
    want,
    commits: g.commits,
    merges: g.merges,
    evil: g.evil,
    planted: g.planted,
    patchBytes: patch,
    sourceFiles: source.length,
  };
  writeFileSync(manifest, JSON.stringify(m));
  log(
    `generated ${name}: ${g.commits} commits, ${(patch / MB).toFixed(0)} MB of patches, ${g.planted.length} planted, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  return { dir, ...m };
}

// --- measuring ---------------------------------------------------------------------------------

/** Runs the CLI under bench/rss.mjs (peak RSS of the leakproof process) and returns seconds, RSS, exit code. */
function leakproof(cwd, argv) {
  const { seconds, res } = timed(cwd, process.execPath, [join(ROOT, "bench", "rss.mjs"), RSS_FILE, CLI, ...argv]);
  if (res.status !== 0 && res.status !== 1)
    throw new Error(`leakproof ${argv.join(" ")} exited ${res.status}: ${res.stderr}`);
  return { seconds, rss: Number(readFileSync(RSS_FILE, "utf8").trim()) * 1024, status: res.status };
}

/** Interleaved rounds of a baseline and leakproof, alternating which goes first. */
function rounds(n, name, baseline, ours) {
  const b = [];
  const l = [];
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const pair = i % 2 === 0 ? [baseline, ours] : [ours, baseline];
    for (const f of pair) {
      const r = f();
      if (f === baseline) b.push(r.seconds);
      else {
        l.push(r.seconds);
        rss = Math.max(rss, r.rss ?? 0);
      }
    }
    if (n <= 10) log(`${name} round ${i + 1}/${n}: baseline ${fmt(b[i])}, leakproof ${fmt(l[i])}`);
  }
  return { base: median(b), ours: median(l), ratio: median(l) / median(b), rss, b, l };
}

function checkPlanted(reportFile, planted, withCommit) {
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  const key = (x) => (withCommit ? `${x.commit} ` : "") + `${x.file}:${x.line}`;
  const at = new Set(report.findings.map(key));
  const missed = planted.filter((p) => !at.has(key(p)));
  for (const p of missed.slice(0, 5)) log(`missed planted secret at ${key(p)}`);
  return { found: planted.length - missed.length, total: planted.length, findings: report.findings.length };
}

async function historyBench(label, repo) {
  const gitLog = () => timed(repo.dir, "sh", ["-c", "git log -p -U0 --all > /dev/null"]);
  const report = join(WORK, `${label}-report.json`);
  log(`${label}: warming up`);
  gitLog();
  const first = leakproof(repo.dir, ["history", "--format", "json", "--quiet", "--output", report]);
  const r = rounds(RUNS, label, gitLog, () =>
    leakproof(repo.dir, ["history", "--format", "json", "--quiet", "--output", "/dev/null"]),
  );
  r.rss = Math.max(r.rss, first.rss);
  r.planted = repo.planted ? checkPlanted(report, repo.planted, true) : undefined;
  return r;
}

// --- the hook ----------------------------------------------------------------------------------

function hookSource(i, lines) {
  const out = ["import os", "import logging", "", `log = logging.getLogger("mod${i}")`, ""];
  for (let n = 0; out.length < lines; n++) {
    out.push(
      `def handler_${i}_${n}(request, token_store, password_field="password"):`,
      `    token = token_store.get(request.headers.get("Authorization"))`,
      `    api_key = os.environ["SERVICE_${n}_API_KEY"]`,
      `    log.info("handled %s with %d items", request.path, len(request.items))`,
      `    return {"status": "ok", "count": ${n}, "secret_name": "svc-${i}-${n}"}`,
      "",
    );
  }
  return out.slice(0, lines).join("\n") + "\n";
}

function hookBench() {
  const repo = mkdtempSync(join(tmpdir(), "leakproof-bench-hook-"));
  const git = (...a) => {
    const r = spawnSync("git", a, { cwd: repo, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${a.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };
  try {
    git("init", "-q", "-b", "main");
    git("config", "user.email", "bench@example.invalid");
    git("config", "user.name", "bench");
    for (let i = 0; i < 200; i++) {
      mkdirSync(join(repo, `pkg${i % 20}`), { recursive: true });
      writeFileSync(join(repo, `pkg${i % 20}`, `m${i}.py`), hookSource(i, 120));
    }
    git("add", ".");
    git("commit", "-q", "-m", "base");
    // The commit under test: 10 files (5 new, 5 changed), 640 added lines, no secret.
    for (let i = 0; i < 5; i++) writeFileSync(join(repo, "pkg0", `new${i}.py`), hookSource(1000 + i, 64));
    for (let i = 0; i < 5; i++)
      writeFileSync(join(repo, `pkg${i}`, `m${i}.py`), hookSource(i, 120) + hookSource(2000 + i, 64));
    git("add", ".");
    const added = git("diff", "--cached", "--numstat")
      .trim()
      .split("\n")
      .reduce((s, l) => s + Number(l.split("\t")[0]), 0);
    const node = () => timed(repo, process.execPath, ["-e", "0"]);
    // The hook as a developer's machine runs it: the first commit leaves a daemon (src/cli/daemon/),
    // the next ones are answered by it. Its socket goes under a directory of the bench's own (and
    // it is on even where CI is set); it is stopped at the end. Without it: LEAKPROOF_DAEMON=0.
    const runtime = mkdtempSync(join(tmpdir(), "leakproof-bench-run-"));
    const withDaemon = { LEAKPROOF_DAEMON: "1", XDG_RUNTIME_DIR: runtime, LEAKPROOF_DAEMON_IDLE: "300" };
    const alone = { LEAKPROOF_DAEMON: "0" };
    const hook = (env) => () => {
      const { seconds, res } = timed(repo, process.execPath, [CLI, "staged"], env);
      if (res.status !== 0) throw new Error(`leakproof staged exited ${res.status}: ${res.stderr}`);
      return { seconds };
    };
    node();
    hook(withDaemon)();
    waitForDaemon(runtime);
    const r = rounds(HOOK_RUNS, "hook", node, hook(withDaemon));
    r.alone = rounds(HOOK_RUNS, "hook without the daemon", node, hook(alone));
    // Where NODE_EXTRA_CA_CERTS is set (as in some sandboxes and CI images), every Node start reads
    // the CA bundle (~40 ms), baseline and leakproof alike: the same commit without it, for scale.
    if (process.env.NODE_EXTRA_CA_CERTS) {
      const bare = { NODE_EXTRA_CA_CERTS: "" };
      r.withoutCa = rounds(
        HOOK_RUNS,
        "hook without NODE_EXTRA_CA_CERTS",
        () => timed(repo, process.execPath, ["-e", "0"], bare),
        hook({ ...withDaemon, ...bare }),
      );
      r.withoutCaAlone = rounds(
        HOOK_RUNS,
        "hook without NODE_EXTRA_CA_CERTS or the daemon",
        () => timed(repo, process.execPath, ["-e", "0"], bare),
        hook({ ...alone, ...bare }),
      );
    }
    // The same commit with one secret more: found at its line, and the hook blocks.
    const r2 = new Rand(9);
    const planted = `GITHUB_TOKEN = "${["gh", "p_"].join("")}${r2.chars(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}"`;
    const path = join(repo, "pkg0", "new0.py");
    const lines = readFileSync(path, "utf8").split("\n");
    lines.splice(30, 0, planted);
    writeFileSync(path, lines.join("\n"));
    git("add", ".");
    // Found by the daemon and by the hook's own process alike.
    const blocked = (env) => {
      const res = timed(repo, process.execPath, [CLI, "staged", "--format", "json"], env).res;
      const report = res.status === 1 ? JSON.parse(res.stdout.toString("utf8")) : { findings: [] };
      return report.findings.some((f) => f.file === "pkg0/new0.py" && f.line === 31);
    };
    const found = [withDaemon, alone].filter(blocked).length;
    r.planted = { found, total: 2, findings: 0 };
    stopDaemons(runtime);
    // Start-up alone (nothing staged), with the shipped rules and with every rule file four times
    // over: what each rule costs a commit before any scanning (it must not grow with the rule count).
    git("reset", "-q");
    const x4 = buildRulesX4();
    if (x4) {
      const empty = (cli) => () => {
        const { seconds, res } = timed(repo, process.execPath, [cli, "staged"], alone);
        if (res.status !== 0) throw new Error(`leakproof staged exited ${res.status}: ${res.stderr}`);
        return { seconds };
      };
      empty(x4.cli)();
      const one = rounds(HOOK_RUNS, "start-up", node, empty(CLI));
      const four = rounds(HOOK_RUNS, "start-up, rules x4", node, empty(x4.cli));
      r.startup = { one, four, rules: x4.rules };
    }
    r.added = added;
    return r;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** Waits (up to 10 s) for the daemon the first run started to listen under `runtime`. */
function waitForDaemon(runtime) {
  const dir = join(runtime, "leakproof");
  for (let i = 0; i < 200; i++) {
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".sock"))) return;
    spawnSync("sleep", ["0.05"]);
  }
  throw new Error("the hook's daemon did not start");
}

/** Asks the daemons under `runtime` to leave, then removes the directory. */
function stopDaemons(runtime) {
  const dir = join(runtime, "leakproof");
  const socks = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".sock")) : [];
  for (const f of socks) {
    const script = `const s = require("node:net").connect(${JSON.stringify(join(dir, f))}); s.on("connect", () => s.end('{"v":1,"stop":true}\\n')); s.on("error", () => {});`;
    spawnSync(process.execPath, ["-e", script]);
  }
  rmSync(runtime, { recursive: true, force: true });
}

/**
 * A copy of the package whose patterns/ holds every rule file four times (ids suffixed -x2, -x3,
 * -x4), built into bench/.work/rules-x4: the hook's start must not grow with the rule count.
 * Undefined (with a note) when the copy does not build.
 */
function buildRulesX4() {
  const dir = join(WORK, "rules-x4");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "patterns"), { recursive: true });
  for (const f of ["src", "scripts"]) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  for (const f of ["package.json", "tsconfig.json"]) cpSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "patterns"))) {
    const from = join(ROOT, "patterns", name);
    cpSync(from, join(dir, "patterns", name), { recursive: true });
    if (!name.endsWith(".toml")) continue;
    const text = readFileSync(from, "utf8");
    for (const k of [2, 3, 4])
      writeFileSync(
        join(dir, "patterns", name.replace(/\.toml$/, `-x${k}.toml`)),
        text.replace(/^(\s*id\s*=\s*"[a-z0-9-]+)"/gm, `$1-x${k}"`),
      );
  }
  const b = spawnSync(process.execPath, ["scripts/build.mjs", "--no-check"], { cwd: dir, encoding: "utf8" });
  const packed = /packed (\d+) rules/.exec(b.stdout ?? "");
  if (b.status !== 0 || !packed) {
    log(`rules x4: the copy did not build (${(b.stderr ?? "").trim().split("\n")[0]}); row skipped`);
    return undefined;
  }
  return { cli: join(dir, "dist", "cli", "main.js"), rules: Number(packed[1]) };
}

// --- dir ---------------------------------------------------------------------------------------

/** django's tree copied to bench/.work with fake secrets planted at known lines. */
function ensureDirTree() {
  const dir = join(WORK, "dir-django");
  const manifest = join(WORK, "dir-django.json");
  const source = join(TREES, "python3-django");
  if (!existsSync(source)) return undefined;
  if (!REGEN && existsSync(manifest) && existsSync(dir)) return { dir, ...JSON.parse(readFileSync(manifest, "utf8")) };
  log("copying django's tree to bench/.work/dir-django and planting secrets");
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  // Its own (empty) repository: the scan's root is the tree, whatever ignores surround bench/.work.
  spawnSync("git", ["init", "-q"], { cwd: dir });
  const files = readSource([dir]).filter((f) => f.lines && /\.(py|txt|js|html)$/.test(f.disk));
  const r = new Rand(0xd1a);
  const planted = [];
  for (let k = 0; k < 60; k++) {
    const f = r.pick(files);
    const abs = join(dir, f.disk);
    const lines = readFileSync(abs, "utf8").split("\n");
    const at = r.int(0, Math.max(0, lines.length - 2));
    const value = ["gh", "p_"].join("") + r.chars(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    lines.splice(at, 0, f.disk.endsWith(".py") ? `UPSTREAM = "${value}"` : `UPSTREAM=${value}`);
    writeFileSync(abs, lines.join("\n"));
    for (const p of planted) if (p.file === f.disk && p.line >= at + 1) p.line++;
    planted.push({ file: f.disk, line: at + 1 });
  }
  const m = { planted };
  writeFileSync(manifest, JSON.stringify(m));
  return { dir, ...m };
}

async function dirBench() {
  const tree = ensureDirTree();
  if (!tree) return undefined;
  // The shipped rules' keywords, as the build wrote them for the keyword automaton (dist/keywords.json).
  const keywords = [...new Set(JSON.parse(readFileSync(join(ROOT, "dist", "keywords.json"), "utf8")).keywords)].sort();
  const kwFile = join(WORK, "keywords.txt");
  writeFileSync(kwFile, keywords.join("\n") + "\n");
  const rg = spawnSync("sh", ["-c", "command -v rg"]).status === 0;
  const baselineName = rg
    ? `rg -i -F -f <${keywords.length} keywords> -c .`
    : `grep -r -i -F -f <${keywords.length} keywords> -c . (LC_ALL=C; rg not installed)`;
  const baseline = rg
    ? () => timed(tree.dir, "rg", ["-i", "-F", "-f", kwFile, "-c", "."])
    : () => timed(tree.dir, "grep", ["-r", "-i", "-F", "-f", kwFile, "-c", "--exclude=.git", "."], { LC_ALL: "C" });
  const report = join(WORK, "dir-report.json");
  baseline();
  leakproof(tree.dir, ["dir", ".", "--format", "json", "--quiet", "--output", report]);
  const r = rounds(RUNS, "dir", baseline, () =>
    leakproof(tree.dir, ["dir", ".", "--format", "json", "--quiet", "--output", "/dev/null"]),
  );
  r.planted = checkPlanted(report, tree.planted, false);
  r.baselineName = baselineName;
  return r;
}

// --- main --------------------------------------------------------------------------------------

async function main() {
  ensureBuild();
  mkdirSync(WORK, { recursive: true });
  const results = {};
  const t0 = performance.now();
  let small;
  let large;
  if (ONLY.has("history")) {
    small = await ensureRealistic("realistic-20k", {
      seed: 0x5eed_2001,
      commits: 20000,
      hunkScale: 1,
      sources: [
        "python3-flask",
        "python3-requests",
        "python3-werkzeug",
        "python3-jinja2",
        "node-express",
        "python3-celery",
        "ruby-activesupport",
      ],
    });
    results.history = await historyBench("history", small);
  }
  if (ONLY.has("large")) {
    large = GIVEN_REPO
      ? {
          dir: GIVEN_REPO,
          planted: undefined,
          commits: Number(
            spawnSync("git", ["rev-list", "--all", "--count"], { cwd: GIVEN_REPO, encoding: "utf8" }).stdout.trim(),
          ),
        }
      : await ensureRealistic("realistic-large", {
          seed: 0x5eed_3001,
          commits: 30000,
          hunkScale: 3,
          sources: ["python3-django"],
        });
    results.large = await historyBench("large", large);
  }
  if (ONLY.has("hook")) results.hook = hookBench();
  if (ONLY.has("dir")) results.dir = await dirBench();

  const row = (name, r, base, target) => {
    if (!r) return `${name.padEnd(34)} skipped`;
    const planted = r.planted
      ? `${r.planted.found}/${r.planted.total} planted found`
      : "no planted secrets (given repository)";
    const ok = r.ratio <= target && (!r.planted || r.planted.found >= 0.98 * r.planted.total);
    return `${name.padEnd(34)} ${r.ratio.toFixed(2).padStart(5)} ×  (leakproof ${fmt(r.ours)}, ${base} ${fmt(r.base)}; target ≤ ${target} ×: ${ok ? "met" : "NOT met"}); ${planted}`;
  };
  /** A variant of a row, for scale (no target of its own). */
  const also = (name, r, note) =>
    `${name.padEnd(34)} ${r.ratio.toFixed(2).padStart(5)} ×  (leakproof ${(r.ours * 1000).toFixed(0)} ms, node -e 0 ${(r.base * 1000).toFixed(0)} ms; ${note})`;
  const mib = (b) => `${(b / 1048576).toFixed(0)} MiB`;
  const out = [
    "",
    `leakproof benchmarks: median of ${RUNS} interleaved rounds (hook: ${HOOK_RUNS}); node ${process.version}, ${spawnSync("git", ["version"], { encoding: "utf8" }).stdout.trim()}, ${cpus().length} cores; ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  ];
  if (small)
    out.push(
      `history repository: ${small.commits} commits (${small.merges} merges), ${(small.patchBytes / MB).toFixed(0)} MB of patches, ${small.planted.length} planted`,
    );
  if (large)
    out.push(
      `large repository: ${GIVEN_REPO ?? "generated from django's tree"}: ${large.commits} commits${large.patchBytes ? `, ${(large.patchBytes / MB).toFixed(0)} MB of patches, ${large.planted.length} planted` : ""}`,
    );
  if (results.hook) out.push(`hook commit: 10 files, ${results.hook.added} added lines, no secret`);
  if (results.dir) out.push(`dir tree: django's tree with 60 planted secrets; baseline ${results.dir.baselineName}`);
  out.push(
    "",
    row("history (20k commits)", results.history, "git log -p -U0 --all", 1.0),
    row("history (large repository)", results.large, "git log -p -U0 --all", 1.0),
    results.history || results.large
      ? `${"peak RSS, history".padEnd(34)} ${[results.history && `${mib(results.history.rss)} on 20k commits`, results.large && `${mib(results.large.rss)} on the large repository`].filter(Boolean).join(", ")} (target ≤ 300 MiB: ${Math.max(results.history?.rss ?? 0, results.large?.rss ?? 0) <= 300 * 1048576 ? "met" : "NOT met"})`
      : `${"peak RSS, history".padEnd(34)} skipped`,
    row("staged (hook)", results.hook, "node -e 0", 1.5),
    ...(results.hook ? [also("  without the daemon", results.hook.alone, "LEAKPROOF_DAEMON=0")] : []),
    ...(results.hook?.withoutCa
      ? [
          also("  NODE_EXTRA_CA_CERTS unset", results.hook.withoutCa, "this environment sets it for both"),
          also("  unset, without the daemon", results.hook.withoutCaAlone, "LEAKPROOF_DAEMON=0"),
        ]
      : []),
    ...(results.hook?.startup
      ? [
          `${"hook start-up (nothing staged)".padEnd(34)} ${results.hook.startup.one.ratio.toFixed(2).padStart(5)} ×  with the shipped rules, ${results.hook.startup.four.ratio.toFixed(2)} × with ${results.hook.startup.rules} (each rule file x4): ${(((results.hook.startup.four.ours - results.hook.startup.one.ours) * 1e6) / ((results.hook.startup.rules * 3) / 4)).toFixed(1)} ms per 1,000 rules more`,
        ]
      : []),
    row("dir (django's tree)", results.dir, "baseline", 2.0),
    "",
  );
  process.stdout.write(out.join("\n"));
}

main().catch((e) => {
  log(e.stack ?? String(e));
  process.exit(2);
});
