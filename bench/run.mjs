#!/usr/bin/env node
// npm run bench: how fast `leakproof dir` scans a large tree, next to grep (and ripgrep, if
// installed) matching the same keywords over the same tree, measured in the same run.
// A benchmark, not a test: it prints figures and fails only if the scan itself fails.
//
//   node bench/run.mjs [--runs N] [--regen]
//
// The tree (≥ 100 MB, generated deterministically by bench/gen.mjs) lives in bench/.work/tree and
// is reused while its manifest matches. It has its own .git marker and every scan runs with the
// tree as working directory, so the scan's root is the tree (the repository's own .gitignore,
// which ignores bench/.work/, does not apply).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { GEN_VERSION, generate } from "./gen.mjs";
import { CLI, ensureBuild, log, ROOT, timed as timedIn, WORK } from "./common.mjs";

const TREE = join(WORK, "tree");
const MANIFEST = join(WORK, "manifest.json");
const REPORT = join(WORK, "report.json");
const RSS_FILE = join(WORK, "rss.txt");
const SEED = 0x1ea6_9f00;
const TARGET_BYTES = 110 * 1048576;
const TARGET_RATIO = 3;
const MB = 1e6;

const args = process.argv.slice(2);
const runs = args.includes("--runs") ? Math.max(1, Number(args[args.indexOf("--runs") + 1]) || 3) : 3;
const regen = args.includes("--regen");

// --- tree ------------------------------------------------------------------------------------

function walkStats(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath ?? e.path, e.name);
    if (p.startsWith(join(TREE, ".git") + "/")) continue;
    files++;
    bytes += statSync(p).size;
  }
  return { files, bytes };
}

function ensureTree() {
  const want = { genVersion: GEN_VERSION, seed: SEED, targetBytes: TARGET_BYTES };
  if (!regen && existsSync(MANIFEST) && existsSync(TREE)) {
    const m = JSON.parse(readFileSync(MANIFEST, "utf8"));
    if (m.genVersion === want.genVersion && m.seed === want.seed && m.targetBytes === want.targetBytes) {
      const now = walkStats(TREE);
      if (now.files === m.files && now.bytes === m.bytes) return m;
      log(`tree changed since generation (${now.files} files, ${now.bytes} bytes): regenerating`);
    }
  }
  log(`generating ${(TARGET_BYTES / MB).toFixed(0)} MB tree in ${TREE} (seed ${SEED})`);
  const t0 = performance.now();
  mkdirSync(WORK, { recursive: true });
  rmSync(MANIFEST, { force: true });
  const g = generate(TREE, want);
  const m = { ...want, files: g.files, bytes: g.bytes, planted: g.planted };
  writeFileSync(MANIFEST, JSON.stringify(m));
  log(
    `generated ${g.files} files, ${(g.bytes / MB).toFixed(1)} MB, ${g.planted.length} planted secrets in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return m;
}

// --- tools -----------------------------------------------------------------------------------

function onPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
}

/** Escapes a keyword for a POSIX extended regex (and for ripgrep's syntax alike). */
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const timed = (cmd, argv, env) => timedIn(TREE, cmd, argv, env);

async function main() {
  ensureBuild();
  const m = ensureTree();
  const { loadRuleDir } = await import(pathToFileURL(join(ROOT, "dist", "rules", "load.js")).href);
  const rules = loadRuleDir().rules;
  const keywords = [...new Set(rules.flatMap((r) => r.keywords))].sort();
  const pattern = keywords.map(escapeRegex).join("|");
  const useTime = existsSync("/usr/bin/time");

  const tools = [
    {
      name: "grep -rEic (LC_ALL=C)",
      run: () => timed("grep", ["-rEic", "--exclude-dir=.git", "-e", pattern, "."], { LC_ALL: "C" }),
      ok: (r) => r.status === 0,
      files: (r) => r.stdout.toString().split("\n").filter(Boolean).length,
    },
  ];
  // The baseline: ripgrep if installed, else grep.
  if (onPath("rg")) {
    tools.push({
      name: "rg -c -i --hidden",
      run: () => timed("rg", ["-c", "--include-zero", "-i", "--hidden", "-g", "!.git", "-e", pattern, "."], {}),
      ok: (r) => r.status === 0,
      files: (r) => r.stdout.toString().split("\n").filter(Boolean).length,
    });
  }
  tools[tools.length - 1].baseline = true;
  const lpArgs = (out) => [CLI, "dir", ".", "--format", "json", "--quiet", "--output", out];
  const leakproof = {
    name: "leakproof dir",
    run: (out = "/dev/null") =>
      useTime
        ? timed("/usr/bin/time", ["-f", "%M", "-o", RSS_FILE, process.execPath, ...lpArgs(out)], {})
        : timed(process.execPath, [join(ROOT, "bench", "rss.mjs"), RSS_FILE, ...lpArgs(out)], {}),
    ok: (r) => r.status === 1,
    rss: () => Number(readFileSync(RSS_FILE, "utf8").trim().split("\n").pop()) * 1024,
  };
  tools.push(leakproof);

  log(`${keywords.length} keywords from ${rules.length} rules; warming up`);
  for (const t of tools) {
    const { res } = t === leakproof ? t.run(REPORT) : t.run();
    if (!t.ok(res)) {
      log(`${t.name} failed (exit ${res.status}):\n${res.stderr.toString()}`);
      process.exit(2);
    }
    if (t.files) t.fileCount = t.files(res);
  }
  for (const t of tools) t.times = [];
  let peakRss = 0;
  for (let i = 0; i < runs; i++) {
    for (const t of tools) {
      const { seconds, res } = t.run();
      if (!t.ok(res)) {
        log(`${t.name} failed (exit ${res.status}):\n${res.stderr.toString()}`);
        process.exit(2);
      }
      t.times.push(seconds);
      if (t.rss) peakRss = Math.max(peakRss, t.rss());
    }
    log(`round ${i + 1}/${runs}: ${tools.map((t) => `${t.name.split(" ")[0]} ${t.times[i].toFixed(2)} s`).join(", ")}`);
  }

  // Sanity: did the scan find what was planted?
  const report = JSON.parse(readFileSync(REPORT, "utf8"));
  const at = new Set(report.findings.map((f) => `${f.file}:${f.line}`));
  const missed = m.planted.filter((p) => !at.has(`${p.file}:${p.line}`));
  const plantedAt = new Set(m.planted.map((p) => `${p.file}:${p.line}`));
  const others = report.findings.filter((f) => !plantedAt.has(`${f.file}:${f.line}`)).length;

  const base = tools.find((t) => t.baseline);
  const best = (t) => Math.min(...t.times);
  const baseName = base.name.split(" ")[0];
  const rows = [["tool", "MB", "files", "best s", "runs s", "MB/s", `× ${baseName}`]];
  for (const t of tools) {
    rows.push([
      t.name,
      (m.bytes / MB).toFixed(1),
      String(t.fileCount ?? m.files),
      best(t).toFixed(3),
      t.times.map((s) => s.toFixed(2)).join(" "),
      (m.bytes / MB / best(t)).toFixed(1),
      (best(t) / best(base)).toFixed(2),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const fmt = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  const ratio = best(leakproof) / best(base);
  const out = [
    "",
    `tree: ${(m.bytes / MB).toFixed(1)} MB (${(m.bytes / 1048576).toFixed(1)} MiB) in ${m.files} files, ${m.planted.length} planted secrets; ${keywords.length} keywords from ${rules.length} rules`,
    `best of ${runs} after one warm-up each; node ${process.version}, ${(await import("node:os")).cpus().length} cores`,
    "",
    fmt(rows[0]),
    ...rows.slice(1).map(fmt),
    "",
    `leakproof/${baseName}: ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
    `planted secrets found: ${m.planted.length - missed.length}/${m.planted.length}; other findings: ${others}`,
    `peak RSS of leakproof: ${(peakRss / 1048576).toFixed(0)} MiB`,
    "",
  ];
  process.stdout.write(out.join("\n"));
  for (const p of missed.slice(0, 10)) log(`missed planted secret at ${p.file}:${p.line}`);
  if (m.planted.length > 0 && missed.length === m.planted.length) {
    log("the scan found none of the planted secrets: something is broken");
    process.exit(1);
  }
}

main().catch((e) => {
  log(e.stack ?? String(e));
  process.exit(2);
});
