// The hook's bundle (dist/cli/staged.js), loaded with V8's code cache: the bytecode of the
// functions the last commit ran, so this one does not parse and compile them again (~6 ms of a
// ~95 ms hook on a 10-file commit). Node 22 does the same with module.enableCompileCache(); Node
// 20 has only vm.Script's cachedData, so this is that, for the one file every commit loads.
//
// The cache lives in $XDG_CACHE_HOME/leakproof (else ~/.cache/leakproof), one file per install,
// bundle build and Node version. It is an optimisation only: a cache that is missing, unreadable,
// stale or corrupt gives a normal load (V8 checks its version, flags and source length, and with
// --verify-snapshot-checksum, off by default in release builds, a checksum: without it a damaged
// file crashes V8), and a failure to write it is ignored. Bytecode is code, so a cache directory
// or file that another user could write is not read. LEAKPROOF_NO_CACHE=1 turns it off.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { tag } from "./tag.js";

const PREFIX = "staged-";
const SUFFIX = ".v8cache";

/** The directory for cache files, or undefined when there is no safe one. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.LEAKPROOF_NO_CACHE === "1") return undefined;
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "leakproof");
}

/** Whether only this user can write `path` (always true where there are no POSIX owners). */
function ownedByMe(path: string): boolean {
  const st = statSync(path);
  if (typeof process.getuid !== "function") return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/**
 * Loads a CommonJS bundle (its module.exports) through the code cache. `keep()` is asked at exit
 * whether the cache may be written: V8 stamps it with the flags in force, so it is written only
 * while they are still those the next start compiles under.
 */
export function requireCached(file: string, keep: () => boolean, dir = cacheDir()): unknown {
  const source = readFileSync(file, "utf8");
  const st = statSync(file);
  // One install's files share a prefix (its others are stale); a rebuilt or replaced bundle is
  // another file (V8 itself compares only the source's length).
  const install = `${PREFIX}${tag(file)}-`;
  const name = `${install}${process.version}-${process.arch}-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}${SUFFIX}`;
  const path = dir && join(dir, name);
  let cached: Buffer | undefined;
  try {
    if (path && ownedByMe(dir) && ownedByMe(path)) cached = readFileSync(path);
  } catch {
    cached = undefined;
  }
  // Made and read with checksums: the flag is part of what V8 stamps the cache with, so both sides set it.
  if (path) setFlagsFromString("--verify-snapshot-checksum");
  const script = new Script(Module.wrap(source), { filename: file, cachedData: cached });
  const module = { exports: {} as unknown };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (path && (!cached || script.cachedDataRejected))
    process.once("exit", () => {
      if (keep()) save(dir, install, name, () => script.createCachedData());
    });
  return module.exports;
}

/** Writes the cache file (whole or not at all) and removes this install's older ones. */
function save(dir: string, install: string, name: string, data: () => Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!ownedByMe(dir)) return;
    const tmp = join(dir, `.${name}.${process.pid}`);
    writeFileSync(tmp, data(), { mode: 0o600 });
    renameSync(tmp, join(dir, name));
    // This install's other builds, and temporary files a killed run left.
    for (const f of readdirSync(dir))
      if (f !== name && f.endsWith(SUFFIX) && f.startsWith(install)) rmSync(join(dir, f), { force: true });
      else if (f.startsWith(`.${install}`) && !f.endsWith(`.${process.pid}`)) rmSync(join(dir, f), { force: true });
  } catch {
    // Only an optimisation: the next start compiles as this one did.
  }
}
