// What the benchmarks share: paths, logging, building dist/ when stale, and the seeded PRNG.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const WORK = join(ROOT, "bench", ".work");
export const CLI = join(ROOT, "dist", "cli", "main.js");

export function log(msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

function newestMtime(dir, ext) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith(ext)) continue;
    newest = Math.max(newest, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

/** Runs `npm run dist` when dist/ is missing or older than src/ or patterns/. */
export function ensureBuild() {
  const src = Math.max(
    newestMtime(join(ROOT, "src"), ".ts"),
    newestMtime(join(ROOT, "patterns"), ".toml"),
    statSync(join(ROOT, "tsconfig.json")).mtimeMs,
  );
  if (existsSync(CLI) && newestMtime(join(ROOT, "dist"), ".js") >= src) return;
  log("dist/ is missing or older than src/: npm run dist");
  const b = spawnSync("npm", ["run", "dist"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (b.status !== 0) {
    log("build failed");
    process.exit(2);
  }
}

/**
 * Runs a command and returns its wall time in seconds and its result. Output goes to a pipe, not
 * /dev/null (GNU grep stops at the first match when it sees /dev/null).
 */
export function timed(cwd, cmd, argv, env = {}) {
  const t0 = performance.now();
  const res = spawnSync(cmd, argv, {
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1048576,
    encoding: "buffer",
  });
  const seconds = (performance.now() - t0) / 1000;
  if (res.error) throw res.error;
  return { seconds, res };
}

/** mulberry32, the same small generator as test/support/fake.ts: the generated data is deterministic. */
export class Rand {
  constructor(seed) {
    this.a = seed >>> 0;
  }
  next() {
    let t = (this.a = (this.a + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick(a) {
    return a[Math.floor(this.next() * a.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** Weighted pick from [[weight, value], ...]. */
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.next() * total;
    for (const [w, v] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][1];
  }
  gauss() {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  chars(n, set) {
    let s = "";
    for (let i = 0; i < n; i++) s += set[Math.floor(this.next() * set.length)];
    return s;
  }
}

/**
 * The findings of one leakproof scan with a JSON report (`argv` after the CLI's path, run in `cwd`).
 * Exit 0 or 1 is a scan that ran; anything else ends the benchmark (exit 2): its figures would be wrong.
 */
export function scanFindings(cwd, argv, what) {
  const r = spawnSync(process.execPath, [CLI, ...argv, "--quiet", "--format", "json"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 512 * 1048576,
  });
  if (r.status !== 0 && r.status !== 1) {
    log(`${what} failed (exit ${r.status}): ${(r.stderr ?? "").trim()}`);
    process.exit(2);
  }
  return JSON.parse(r.stdout).findings;
}
