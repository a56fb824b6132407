// Files on disk → fragments. Honours .gitignore (nested) and .leakproofignore, never follows
// symlinks, and says what it skipped (binary, too large, unreadable) instead of skipping silently.
import { LeakproofError } from "../errors.js";
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Ignore } from "ignore";
import { pathIgnore, readIgnoreFile, type PathIgnore } from "./ignorefile.js";
import type { Fragment, Skip } from "../types.js";
import { decodeText } from "../encoding.js";
import { byCodeUnits } from "../lists.js";
import { toPosix } from "../posix.js";
import { mib } from "../units.js";

export interface DirOptions {
  /** Paths as the user gave them (files or directories), relative to cwd. */
  paths: string[];
  cwd: string;
  /** Where .leakproofignore and the config live: the repository root, or cwd outside a repository. */
  root: string;
  /** Scan everything: no .gitignore, no .leakproofignore. */
  noIgnore: boolean;
  /** Files larger than this many bytes are skipped with a note. */
  maxFileSize: number;
  /** Extra ignore patterns (gitignore syntax, relative to root), from config. */
  ignorePatterns: string[];
  /**
   * Root-relative POSIX paths of files git tracks although .gitignore lists them (src/git/tracked.ts):
   * .gitignore never hides these (git's ignore rules do not apply to tracked files); .leakproofignore still does.
   */
  tracked?: readonly string[];
}

export class PathError extends LeakproofError {}

/** A regular file found by the walk, not read yet. */
export interface DirFile {
  abs: string;
  /** As reported: relative to cwd, POSIX. */
  path: string;
  /** Known when the file was named explicitly (lstat); otherwise read from the open file. */
  size?: number;
}

/** The files a dir scan reads, in scan order; symlinks and unreadable directories go to onSkip. */
export function* dirFiles(opts: DirOptions, onSkip: (s: Skip) => void): Generator<DirFile> {
  const rootIgnore = opts.noIgnore ? undefined : pathIgnore(opts.root, opts.ignorePatterns);
  const keep = keptFromGitignore(opts.tracked ?? []);
  for (const given of opts.paths.length > 0 ? opts.paths : ["."]) {
    const abs = resolve(opts.cwd, given);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new PathError(`no such file or directory: ${given}`);
    }
    if (st.isSymbolicLink()) {
      onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    } else if (st.isDirectory()) {
      yield* walk(abs, opts, rootIgnore, gitignoresAbove(abs, opts), keep, onSkip);
    } else if (st.isFile()) {
      // A file named explicitly (lint-staged, editors) is scanned unless .leakproofignore excludes it.
      const rel = toPosix(relative(opts.root, abs));
      if (rootIgnore && !rel.startsWith("..") && rel !== "" && rootIgnore.ig.ignores(rel)) continue;
      yield { abs, path: display(opts.cwd, abs), size: st.size };
    }
  }
}

interface IgnoreScope {
  /** Directory the .gitignore sits in. */
  dir: string;
  ig: Ignore;
}

function* walk(
  dir: string,
  opts: DirOptions,
  rootIgnore: PathIgnore | undefined,
  scopes: IgnoreScope[],
  keep: ReadonlySet<string>,
  onSkip: (s: Skip) => void,
): Generator<DirFile> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onSkip({
      path: display(opts.cwd, dir),
      reason: "unreadable",
      detail: (e as NodeJS.ErrnoException).code ?? String(e),
    });
    return;
  }
  // Only a directory that lists a .gitignore can have one: no failed open per directory.
  if (!opts.noIgnore && entries.some((e) => e.name === ".gitignore")) {
    const own = readIgnoreFile(join(dir, ".gitignore"));
    if (own) scopes = [...scopes, { dir, ig: own }];
  }
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const e of entries) {
    if (e.name === ".git") continue;
    const abs = prefix + e.name;
    const isDir = e.isDirectory();
    if (!opts.noIgnore && isIgnored(abs, isDir, opts.root, rootIgnore, scopes, keep)) continue;
    if (e.isSymbolicLink()) onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    else if (isDir) yield* walk(abs, opts, rootIgnore, scopes, keep, onSkip);
    else if (e.isFile()) yield { abs, path: display(opts.cwd, abs) };
  }
}

/** One buffer per thread, reused for every file: fewer allocations, less garbage. */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * Reads and decodes one file; too large, unreadable and binary files go to onSkip. `onBytes` sees
 * the bytes read (valid only until the next call: the buffer is reused).
 */
export function readDirFile(
  file: DirFile,
  maxFileSize: number,
  onSkip: (s: Skip) => void,
  onBytes?: (bytes: Uint8Array) => void,
): Fragment | undefined {
  const { abs, path } = file;
  const unreadable = (e: unknown) =>
    onSkip({ path, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  const tooLarge = (size: number) => onSkip({ path, reason: "too-large", detail: mib(size) });
  if (file.size !== undefined && file.size > maxFileSize) {
    tooLarge(file.size);
    return undefined;
  }
  let fd: number;
  try {
    fd = openSync(abs, "r");
  } catch (e) {
    // As if stat came first: a file that cannot be opened is still "too large" if it is.
    let size: number;
    try {
      size = file.size ?? statSync(abs).size;
    } catch (err) {
      unreadable(err);
      return undefined;
    }
    if (size > maxFileSize) tooLarge(size);
    else unreadable(e);
    return undefined;
  }
  let buf: Uint8Array;
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) {
      tooLarge(size);
      return undefined;
    }
    if (size === 0)
      buf = readFileSync(fd); // empty, or a special file whose size says nothing
    else {
      if (scratch.length < size) scratch = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
      let n = 0;
      for (let r; n < size && (r = readSync(fd, scratch, n, size - n, n)) > 0;) n += r;
      buf = scratch.subarray(0, n);
    }
  } catch (e) {
    unreadable(e);
    return undefined;
  } finally {
    closeSync(fd);
  }
  onBytes?.(buf);
  const text = decodeText(buf);
  if (text === undefined) {
    onSkip({ path, reason: "binary" });
    return undefined;
  }
  return { path, text, startLine: 1 };
}

function isIgnored(
  abs: string,
  isDir: boolean,
  root: string,
  rootIgnore: PathIgnore | undefined,
  scopes: IgnoreScope[],
  keep: ReadonlySet<string>,
): boolean {
  const suffix = isDir ? "/" : "";
  if (rootIgnore && !rootIgnore.empty) {
    const rel = toPosix(relativeTo(root, abs));
    if (rel && !rel.startsWith("..") && rootIgnore.ig.ignores(rel + suffix)) return true;
  }
  for (const s of scopes) {
    const rel = toPosix(relativeTo(s.dir, abs));
    if (rel && !rel.startsWith("..") && s.ig.ignores(rel + suffix))
      return keep.size === 0 || !keep.has(toPosix(relativeTo(root, abs)) + suffix);
  }
  return false;
}

/** The tracked files .gitignore must not hide, and their directories (with a trailing "/"), root-relative. */
function keptFromGitignore(tracked: readonly string[]): Set<string> {
  const keep = new Set<string>();
  for (const path of tracked) {
    keep.add(path);
    for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) keep.add(path.slice(0, i + 1));
  }
  return keep;
}

/** path.relative(from, to) for absolute, normalized paths, without resolving them when `to` lies under `from`. */
function relativeTo(from: string, to: string): string {
  if (to.length > from.length && to.startsWith(from) && to[from.length] === sep && !from.endsWith(sep))
    return to.slice(from.length + 1);
  return relative(from, to);
}

/** The .gitignore files from the root down to a starting directory's parent apply to it too. */
function gitignoresAbove(start: string, opts: DirOptions): IgnoreScope[] {
  const rel = relative(opts.root, start);
  if (opts.noIgnore || rel === "" || rel.startsWith("..")) return [];
  const scopes: IgnoreScope[] = [];
  let dir = opts.root;
  for (const part of rel.split(sep)) {
    const ig = readIgnoreFile(join(dir, ".gitignore"));
    if (ig) scopes.push({ dir, ig });
    dir = join(dir, part);
  }
  return scopes;
}

function display(cwd: string, abs: string): string {
  const rel = relativeTo(cwd, abs);
  return toPosix(rel === "" ? "." : rel);
}
