#!/usr/bin/env node
// The history benchmark: how fast `leakproof history` scans a large repository, next to
// `git log -p -U0 --all > /dev/null` on the same repository, measured in the same run.
// A benchmark, not a test: it prints figures and fails only if the scan itself fails.
//
//   node bench/history.mjs [--commits N] [--runs N] [--regen] [--one-git]
//
// --one-git also times the scan with a single git process (LEAKPROOF_GIT_JOBS=1).
// The repository (≥ 20k commits, ≥ 100 MB of patches; branches, clean and "evil" merges,
// renames, deletions, binary files, tags, an orphan branch, planted fake secrets) is generated
// deterministically with `git fast-import` in bench/.work/history-repo and reused while its
// manifest matches. Every fake secret is built here at runtime from a prefix and random characters.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { CLI, ensureBuild, log, Rand, ROOT, timed as timedIn, WORK } from "./common.mjs";

const REPO = join(WORK, "history-repo");
const MANIFEST = join(WORK, "history-manifest.json");
const REPORT = join(WORK, "history-report.json");
const RSS_FILE = join(WORK, "history-rss.txt");
const RSS_TREE_FILE = join(WORK, "history-rss-tree.txt");
/** Bump when the generator's output changes, so a stale repository is regenerated. */
const GEN_VERSION = 1;
const SEED = 0x4157_0001;
const TARGET_RATIO = 1.25;
const MB = 1e6;

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || dflt : dflt);
const COMMITS = opt("--commits", 21000);
const runs = Math.max(1, opt("--runs", 3));
const regen = args.includes("--regen");
const compareOne = args.includes("--one-git");

// --- randomness and vocabulary -----------------------------------------------------------------

const CH = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  upperdigit: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  django: "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)",
};

const WORDS = (
  "user account order item list config data value result handler request response client server cache session message " +
  "event queue worker task job file path name index count total size buffer stream reader writer parser node tree graph " +
  "model view controller service manager factory builder record entry field column row table query filter sort page " +
  "limit offset start end time date status state error log debug info format render template style color image upload"
).split(" ");
// Identifiers that hold a scanner keyword but are not secrets: the prefilter fires, the rules must say no.
const KW = (
  "token access_token refresh_token csrf_token token_url password_field password_hash password_reset new_password " +
  "secret_name secret_ref secrets_manager client_secret_path api_key_header api_key_name private_key_path " +
  "access_key_id authorization auth_key_name signing_key_id credentials credential_store"
).split(" ");

const part = (...p) => p.join("");

function strong(r, n, set) {
  for (;;) {
    const s = r.chars(n, set);
    if (!/(test|demo|none|null|example|sample|fake|your|xxx|dummy|secret|password)/i.test(s)) return s;
  }
}

/** One planted fake secret line for a file of this kind. */
function plant(r, kind) {
  switch (kind) {
    case "py":
      return r.chance(0.5)
        ? `SECRET_KEY = "${part("django", "-insecure-")}${strong(r, 50, CH.django)}"`
        : `GITHUB_TOKEN = "${part("gh", "p_")}${strong(r, 36, CH.alnum)}"`;
    case "js":
      return `const token = "${part("gh", "p_")}${strong(r, 36, CH.alnum)}";`;
    case "yaml":
      return `  github_token: ${part("gh", "p_")}${strong(r, 36, CH.alnum)}`;
    default:
      return `GITHUB_TOKEN=${part("gh", "p_")}${strong(r, 36, CH.alnum)}`;
  }
}

function snake(r, n = r.int(1, 3)) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(r.pick(WORDS));
  return a.join("_");
}

function codeLine(r, kind) {
  const x = r.next();
  const kw = x < 0.04 ? r.pick(KW) : undefined;
  switch (kind) {
    case "py":
      if (kw)
        return r.pick([
          `    ${kw} = request.${snake(r, 1)}.get("${kw}")`,
          `    if not self.${kw}:`,
          `    # ${snake(r)} ${kw} ${snake(r)}`,
        ]);
      if (x < 0.5) return `    ${snake(r)} = ${snake(r)}(${snake(r, 1)}, ${r.int(0, 9999)})`;
      if (x < 0.7) return `    return self.${snake(r)}.${snake(r, 1)}(${snake(r, 1)})`;
      if (x < 0.85) return `def ${snake(r)}(${snake(r, 1)}, ${snake(r, 1)}):`;
      return `    # ${snake(r, 4).replace(/_/g, " ")}`;
    case "js":
      if (kw)
        return r.pick([
          `  const ${kw.replace(/_(.)/g, (_, c) => c.toUpperCase())} = await get${snake(r, 1)}(req);`,
          `  // ${kw} ${snake(r)}`,
        ]);
      if (x < 0.5) return `  const ${snake(r)} = ${snake(r, 1)}.${snake(r, 1)}(${r.int(0, 9999)});`;
      if (x < 0.8) return `  if (${snake(r)} === null) return ${snake(r, 1)};`;
      return `export function ${snake(r)}(${snake(r, 1)}) {`;
    case "yaml":
      if (kw) return `  ${kw}: \${${kw.toUpperCase()}}`;
      return `  ${snake(r)}: ${r.chance(0.5) ? r.int(0, 9999) : snake(r)}`;
    default:
      if (kw) return `${kw.toUpperCase()}=\${${snake(r, 1).toUpperCase()}}`;
      return `${snake(r).toUpperCase()}=${snake(r)}`;
  }
}

// --- the repository ----------------------------------------------------------------------------

/** A path as fast-import reads it: C-quoted when it needs to be. */
function fiPath(p) {
  return /^[\x21-\x7e]+$/.test(p) && !p.startsWith('"') ? p : JSON.stringify(p);
}

const KINDS = ["py", "py", "js", "js", "yaml", "env"];
const EXT = { py: "py", js: "js", yaml: "yml", env: "env" };
const DIRS = "src lib app api core utils services models views config deploy".split(" ");
const ODD = ["docs/with space.py", "docs/ünïcode.py", "docs/tab\there.js", 'docs/quote".yml'];

/**
 * Writes the repository with git fast-import. Returns what was planted (commit mark, file, line)
 * and counts. Deterministic: the same seed gives the same commits, ids and secrets.
 */
async function generate(dir, seed, target) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...a) => {
    const r = spawnSync("git", a, { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${a.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };
  git("init", "-q", "--bare", "-b", "main");
  const fi = spawn("git", ["fast-import", "--quiet", "--done", `--export-marks=${join(dir, "marks")}`], {
    cwd: dir,
    stdio: ["pipe", "inherit", "inherit"],
  });
  const done = new Promise((res, rej) => {
    fi.on("error", rej);
    fi.on("close", (code) => (code === 0 ? res() : rej(new Error(`git fast-import exited ${code}`))));
  });
  let pending = [];
  let pendingBytes = 0;
  const out = async (s) => {
    pending.push(s);
    pendingBytes += s.length;
    if (pendingBytes > 1 << 20) await flush();
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = Buffer.from(pending.join(""), "utf8");
    pending = [];
    pendingBytes = 0;
    if (!fi.stdin.write(chunk)) await new Promise((res) => fi.stdin.once("drain", res));
  };
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;

  const r = new Rand(seed);
  const files = new Map(); // path → { kind, lines }
  const planted = [];
  const AUTHORS = [
    "Ada Lovelace <ada@example.invalid>",
    "Grace Hopper <grace@example.invalid>",
    "Linus B <linus@example.invalid>",
    "Zoë Ünïcode <zoe@example.invalid>",
  ];
  let mark = 0;
  let time = 1_600_000_000;
  let commits = 0;
  let merges = 0;
  let evil = 0;

  const newFile = (kind, n) => {
    const lines = [];
    for (let i = 0; i < n; i++) lines.push(codeLine(r, kind));
    return { kind, lines };
  };
  const pathFor = (kind) => `${r.pick(DIRS)}/${snake(r, 2)}_${files.size}.${EXT[kind]}`;
  /** Replaces a few runs of lines; returns nothing (edits f.lines in place). */
  const edit = (f) => {
    for (let h = r.int(3, 6); h > 0; h--) {
      const at = r.int(0, f.lines.length);
      const del = f.lines.length > 160 ? r.int(4, 16) : r.int(0, 10);
      const add = [];
      for (let i = r.int(3, 15); i > 0; i--) add.push(codeLine(r, f.kind));
      f.lines.splice(at, del, ...add);
    }
  };
  const content = (f) => (f.kind === "bin" ? f.bytes : f.lines.join(f.crlf ? "\r\n" : "\n") + (f.crlf ? "\r\n" : "\n"));
  const modify = (path, f) => {
    const c = content(f);
    if (Buffer.isBuffer(c)) return `M 100644 inline ${fiPath(path)}\ndata ${c.length}\n${c.toString("latin1")}\n`;
    return `M 100644 inline ${fiPath(path)}\n${data(c)}`;
  };
  const header = (ref, msg, from, mergeFrom) => {
    mark++;
    commits++;
    time += r.int(60, 1200);
    const who = r.pick(AUTHORS);
    let h = `commit ${ref}\nmark :${mark}\nauthor ${who} ${time} +0000\ncommitter ${who} ${time} +0000\n${data(msg)}`;
    if (from) h += `from :${from}\n`;
    if (mergeFrom) h += `merge :${mergeFrom}\n`;
    return h;
  };
  /** Plants a secret in f (a text file) as the commit's last edit; records where. */
  const plantIn = (path, f, m) => {
    const at = r.int(0, f.lines.length);
    f.lines.splice(at, 0, plant(r, f.kind));
    planted.push({ mark: m, file: path, line: at + 1 });
  };

  let head = 0;
  // The first commits create the tree.
  const initial = Math.max(200, Math.floor(target / 40));
  for (let c = 0; c < 20; c++) {
    let s = "";
    for (let i = 0; i < initial / 20; i++) {
      const kind = r.pick(KINDS);
      const path = pathFor(kind);
      const f = newFile(kind, r.int(30, 120));
      files.set(path, f);
      s += modify(path, f);
    }
    await out(header("refs/heads/main", `initial ${c}\n`, head) + s + "\n");
    head = mark;
  }
  for (const p of ODD) {
    const f = newFile(p.endsWith(".js") ? "js" : p.endsWith(".yml") ? "yaml" : "py", 20);
    files.set(p, f);
  }
  const crlf = newFile("py", 40);
  crlf.crlf = true;
  files.set("windows/settings_crlf.py", crlf);
  {
    let s = "";
    for (const p of [...ODD, "windows/settings_crlf.py"]) s += modify(p, files.get(p));
    await out(header("refs/heads/main", "odd names and CRLF\n", head) + s + "\n");
    head = mark;
  }

  const textPaths = () => [...files.keys()].filter((p) => files.get(p).kind !== "bin");
  let paths = textPaths();
  let abandoned = 0;
  while (commits < target - 60) {
    const x = r.next();
    if (x < 0.03) {
      // A feature branch on its own files, then (mostly) merged back; some merges are "evil".
      const own = [];
      for (let i = r.int(1, 3); i > 0; i--) own.push(r.pick(paths));
      const ownSet = [...new Set(own)];
      const branchFiles = new Map(ownSet.map((p) => [p, { ...files.get(p), lines: [...files.get(p).lines] }]));
      const keep = r.chance(0.1);
      const ref = keep ? `refs/heads/abandoned/${++abandoned}` : "refs/heads/wip";
      let bhead = head;
      for (let k = r.int(2, 6); k > 0; k--) {
        let s = "";
        for (const p of ownSet) {
          if (!r.chance(0.7)) continue;
          const f = branchFiles.get(p);
          edit(f);
          s += modify(p, f);
        }
        const h = header(ref, `feature work\n`, bhead === head ? head : bhead);
        if (r.chance(0.03)) {
          const p = r.pick(ownSet);
          plantIn(p, branchFiles.get(p), mark);
          s += modify(p, branchFiles.get(p));
        }
        await out(h + s + "\n");
        bhead = mark;
      }
      if (keep) continue;
      // Main moves on elsewhere meanwhile.
      for (let k = r.int(0, 2); k > 0; k--) {
        const p = r.pick(paths);
        if (branchFiles.has(p)) continue;
        edit(files.get(p));
        await out(header("refs/heads/main", "meanwhile\n", head) + modify(p, files.get(p)) + "\n");
        head = mark;
      }
      for (const [p, f] of branchFiles) files.set(p, f);
      let s = "";
      for (const p of ownSet) s += modify(p, files.get(p));
      const h = header("refs/heads/main", "Merge branch 'feature'\n", head, bhead);
      merges++;
      if (r.chance(0.15)) {
        // An "evil" merge: a line neither parent has, added while merging.
        evil++;
        const p = r.pick(paths.filter((q) => !branchFiles.has(q)));
        plantIn(p, files.get(p), mark);
        s += modify(p, files.get(p));
      }
      await out(h + s + "\n");
      head = mark;
      continue;
    }
    let s = "";
    const h = header("refs/heads/main", `change ${commits}\n`, head);
    if (x < 0.035) {
      // An empty commit.
    } else if (x < 0.04) {
      // A rename with a small change: its old lines are not new.
      const from = r.pick(paths);
      const f = files.get(from);
      const kind = f.kind;
      const to = pathFor(kind);
      files.delete(from);
      files.set(to, f);
      f.lines.splice(r.int(0, f.lines.length), 0, codeLine(r, kind));
      s += `R ${fiPath(from)} ${fiPath(to)}\n` + modify(to, f);
      paths = textPaths();
    } else if (x < 0.043) {
      const p = r.pick(paths);
      files.delete(p);
      s += `D ${fiPath(p)}\n`;
      paths = textPaths();
    } else if (x < 0.047) {
      // A binary file (NUL bytes), added or changed.
      const bin = { kind: "bin", bytes: Buffer.from(r.chars(r.int(2000, 20000), "\0\x01\x02abc\x7f"), "latin1") };
      const p = `assets/img_${r.int(0, 200)}.bin`;
      files.set(p, bin);
      s += modify(p, bin);
    } else {
      if (x < 0.1) {
        const kind = r.pick(KINDS);
        const p = pathFor(kind);
        files.set(p, newFile(kind, r.int(20, 100)));
        paths = textPaths();
        s += modify(p, files.get(p));
      }
      const touched = new Set();
      for (let i = r.int(1, 3); i > 0; i--) touched.add(r.pick(paths));
      const list = [...touched];
      for (const p of list) edit(files.get(p));
      if (r.chance(0.015)) plantIn(list[0], files.get(list[0]), mark);
      for (const p of list) s += modify(p, files.get(p));
    }
    await out(h + s + "\n");
    head = mark;
    if (commits % 1000 === 0) {
      await out(`reset refs/tags/v${commits / 1000}.0\nfrom :${head}\n\n`);
      await out(
        `tag v${commits / 1000}.0-annotated\nfrom :${head}\ntagger ${AUTHORS[0]} ${time} +0000\n${data("release\n")}`,
      );
    }
  }
  await out(`reset refs/heads/wip\nfrom :${head}\n\n`);
  // An orphan branch (its own root), as gh-pages branches are.
  let orphan = 0;
  const pages = new Map();
  for (let k = 0; k < 40; k++) {
    const p = `page_${k % 7}.md`;
    const f = pages.get(p) ?? newFile("env", 10);
    pages.set(p, f);
    edit(f);
    const h = header("refs/heads/gh-pages", "pages\n", orphan);
    let s = modify(p, f);
    if (k === 20) {
      plantIn(p, f, mark);
      s = modify(p, f);
    }
    await out(h + s + "\n");
    orphan = mark;
  }
  await out("done\n");
  await flush();
  fi.stdin.end();
  await done;

  const marks = new Map();
  for (const line of readFileSync(join(dir, "marks"), "utf8").split("\n")) {
    const [m, sha] = line.split(" ");
    if (m && sha) marks.set(Number(m.slice(1)), sha);
  }
  rmSync(join(dir, "marks"));
  return {
    commits,
    merges,
    evil,
    planted: planted.map((p) => ({ commit: marks.get(p.mark), file: p.file, line: p.line })),
  };
}

function refsDigest() {
  return spawnSync("git", ["for-each-ref", "--format=%(objectname) %(refname)"], { cwd: REPO, encoding: "utf8" })
    .stdout;
}

async function ensureRepo() {
  const want = { genVersion: GEN_VERSION, seed: SEED, commits: COMMITS };
  if (!regen && existsSync(MANIFEST) && existsSync(REPO)) {
    const m = JSON.parse(readFileSync(MANIFEST, "utf8"));
    if (
      m.genVersion === want.genVersion &&
      m.seed === want.seed &&
      m.commits === want.commits &&
      m.refs === refsDigest()
    )
      return m;
    log("repository missing, changed or generated with other settings: regenerating");
  }
  log(`generating a ${COMMITS}-commit repository in ${REPO} (seed ${SEED}) with git fast-import`);
  const t0 = performance.now();
  mkdirSync(WORK, { recursive: true });
  rmSync(MANIFEST, { force: true });
  const g = await generate(REPO, SEED, COMMITS);
  const patch = measurePatch();
  const m = {
    ...want,
    made: g.commits,
    merges: g.merges,
    evil: g.evil,
    planted: g.planted,
    patchBytes: patch,
    refs: refsDigest(),
  };
  writeFileSync(MANIFEST, JSON.stringify(m));
  log(
    `generated ${g.commits} commits (${g.merges} merges, ${g.evil} evil), ${(patch / MB).toFixed(1)} MB of patches, ` +
      `${g.planted.length} planted secrets in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return m;
}

/** Bytes of `git log -p -U0 --all`. */
function measurePatch() {
  const r = spawnSync("sh", ["-c", "git log -p -U0 --all | wc -c"], { cwd: REPO, encoding: "utf8" });
  return Number(r.stdout.trim());
}

// --- measuring ---------------------------------------------------------------------------------

const timed = (cmd, argv, env) => timedIn(REPO, cmd, argv, env);

async function main() {
  ensureBuild();
  const m = await ensureRepo();
  const useTime = existsSync("/usr/bin/time");
  const gitLog = () => timed("sh", ["-c", "git log -p -U0 --all > /dev/null"]);
  // bench/rss.mjs runs the CLI in its own process and writes that process's peak RSS; around it,
  // /usr/bin/time (when there) gives the peak of the whole tree, git processes included.
  const lp = (env = {}, out = "/dev/null") => {
    const argv = [
      join(ROOT, "bench", "rss.mjs"),
      RSS_FILE,
      CLI,
      "history",
      "--format",
      "json",
      "--quiet",
      "--output",
      out,
    ];
    const r = useTime
      ? timed("/usr/bin/time", ["-f", "%M", "-o", RSS_TREE_FILE, process.execPath, ...argv], env)
      : timed(process.execPath, argv, env);
    if (r.res.status !== 1) {
      log(`leakproof history failed (exit ${r.res.status}):\n${r.res.stderr.toString()}`);
      process.exit(2);
    }
    const kib = (f) => Number(readFileSync(f, "utf8").trim().split("\n").pop()) * 1024;
    return { seconds: r.seconds, rss: kib(RSS_FILE), tree: useTime ? kib(RSS_TREE_FILE) : undefined };
  };

  log("warming up");
  const g0 = gitLog();
  if (g0.res.status !== 0) throw new Error(`git log failed: ${g0.res.stderr}`);
  lp({}, REPORT);
  const rows = { git: [], lp: [], one: [] };
  let peak = 0;
  let peakTree = 0;
  for (let i = 0; i < runs; i++) {
    rows.git.push(gitLog().seconds);
    const l = lp();
    rows.lp.push(l.seconds);
    peak = Math.max(peak, l.rss);
    peakTree = Math.max(peakTree, l.tree ?? 0);
    if (compareOne) rows.one.push(lp({ LEAKPROOF_GIT_JOBS: "1" }).seconds);
    log(
      `round ${i + 1}/${runs}: git log ${rows.git[i].toFixed(2)} s, leakproof history ${rows.lp[i].toFixed(2)} s` +
        (compareOne ? `, with one git ${rows.one[i].toFixed(2)} s` : ""),
    );
  }

  const report = JSON.parse(readFileSync(REPORT, "utf8"));
  const at = new Set(report.findings.map((f) => `${f.commit} ${f.file}:${f.line}`));
  const missed = m.planted.filter((p) => !at.has(`${p.commit} ${p.file}:${p.line}`));
  const plantedAt = new Set(m.planted.map((p) => `${p.commit} ${p.file}:${p.line}`));
  const others = report.findings.filter((f) => !plantedAt.has(`${f.commit} ${f.file}:${f.line}`));

  const best = (a) => Math.min(...a);
  const ratio = best(rows.lp) / best(rows.git);
  const runsOf = (a) => `(runs ${a.map((s) => s.toFixed(2)).join(" ")})`;
  const out = [
    "",
    `repository: ${m.made} commits (${m.merges} merges, ${m.evil} adding a line while merging), ${(m.patchBytes / MB).toFixed(1)} MB of patches (git log -p -U0 --all), ${m.planted.length} planted secrets`,
    `best of ${runs} after one warm-up each; node ${process.version}, ${spawnSync("git", ["version"], { encoding: "utf8" }).stdout.trim()}, ${cpus().length} cores`,
    "",
    `git log -p -U0 --all > /dev/null     ${best(rows.git).toFixed(2)} s  ${runsOf(rows.git)}`,
    `leakproof history                    ${best(rows.lp).toFixed(2)} s  ${runsOf(rows.lp)}`,
    ...(compareOne ? [`leakproof history, one git process   ${best(rows.one).toFixed(2)} s  ${runsOf(rows.one)}`] : []),
    `ratio leakproof / git log: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`,
    `peak RSS of leakproof: ${(peak / 1048576).toFixed(0)} MiB` +
      (useTime ? ` (with its git processes: ${(peakTree / 1048576).toFixed(0)} MiB)` : ""),
    `planted secrets found: ${m.planted.length - missed.length}/${m.planted.length}; other findings: ${others.length}`,
    "",
  ];
  process.stdout.write(out.join("\n"));
  for (const p of missed.slice(0, 10)) log(`missed planted secret at ${p.commit} ${p.file}:${p.line}`);
  for (const f of others.slice(0, 10)) log(`other finding: ${f.ruleId} at ${f.commit} ${f.file}:${f.line}`);
  if (m.planted.length > 0 && missed.length === m.planted.length) {
    log("the scan found none of the planted secrets: something is broken");
    process.exit(1);
  }
}

main().catch((e) => {
  log(e.stack ?? String(e));
  process.exit(2);
});
