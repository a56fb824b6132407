// Files on disk → fragments. Honours .gitignore (nested) and .leakproofignore, never follows
// symlinks, and says what it skipped (binary, too large, unreadable) instead of skipping silently.
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import type { Fragment } from "../types.js";
import { decodeText } from "./decode.js";

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
}

export interface Skip {
  path: string;
  reason: "binary" | "too-large" | "symlink" | "unreadable";
  detail?: string;
}

export class PathError extends Error {}

/** Yields one fragment per readable text file; reports skipped files through onSkip. */
export function* dirFragments(opts: DirOptions, onSkip: (s: Skip) => void): Generator<Fragment> {
  const rootIgnore = opts.noIgnore ? undefined : loadRootIgnore(opts.root, opts.ignorePatterns);
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
      yield* walk(abs, opts, rootIgnore, gitignoresAbove(abs, opts), onSkip);
    } else if (st.isFile()) {
      // A file named explicitly (lint-staged, editors) is scanned unless .leakproofignore excludes it.
      const rel = posix(relative(opts.root, abs));
      if (rootIgnore && !rel.startsWith("..") && rel !== "" && rootIgnore.ignores(rel)) continue;
      const f = readFile(abs, st.size, display(opts.cwd, abs), opts, onSkip);
      if (f) yield f;
    }
  }
}

interface Scope {
  /** Directory the .gitignore sits in. */
  dir: string;
  ig: Ignore;
}

function* walk(dir: string, opts: DirOptions, rootIgnore: Ignore | undefined, scopes: Scope[], onSkip: (s: Skip) => void): Generator<Fragment> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onSkip({ path: display(opts.cwd, dir), reason: "unreadable", detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    return;
  }
  if (!opts.noIgnore) {
    const own = readIgnoreFile(join(dir, ".gitignore"));
    if (own) scopes = [...scopes, { dir, ig: own }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name === ".git") continue;
    const abs = join(dir, e.name);
    const isDir = e.isDirectory();
    if (!opts.noIgnore && isIgnored(abs, isDir, opts.root, rootIgnore, scopes)) continue;
    if (e.isSymbolicLink()) onSkip({ path: display(opts.cwd, abs), reason: "symlink" });
    else if (isDir) yield* walk(abs, opts, rootIgnore, scopes, onSkip);
    else if (e.isFile()) {
      let size: number;
      try {
        size = statSync(abs).size;
      } catch (err) {
        onSkip({ path: display(opts.cwd, abs), reason: "unreadable", detail: (err as NodeJS.ErrnoException).code ?? String(err) });
        continue;
      }
      const f = readFile(abs, size, display(opts.cwd, abs), opts, onSkip);
      if (f) yield f;
    }
  }
}

function readFile(abs: string, size: number, path: string, opts: DirOptions, onSkip: (s: Skip) => void): Fragment | undefined {
  if (size > opts.maxFileSize) {
    onSkip({ path, reason: "too-large", detail: `${(size / 1048576).toFixed(1)} MiB` });
    return undefined;
  }
  let buf: Buffer;
  try {
    buf = readFileSync(abs);
  } catch (e) {
    onSkip({ path, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code ?? String(e) });
    return undefined;
  }
  const text = decodeText(buf);
  if (text === undefined) {
    onSkip({ path, reason: "binary" });
    return undefined;
  }
  return { path, text, startLine: 1 };
}

function isIgnored(abs: string, isDir: boolean, root: string, rootIgnore: Ignore | undefined, scopes: Scope[]): boolean {
  const suffix = isDir ? "/" : "";
  for (const s of scopes) {
    const rel = posix(relative(s.dir, abs));
    if (rel && !rel.startsWith("..") && s.ig.ignores(rel + suffix)) return true;
  }
  if (rootIgnore) {
    const rel = posix(relative(root, abs));
    if (rel && !rel.startsWith("..") && rootIgnore.ignores(rel + suffix)) return true;
  }
  return false;
}

/** The .gitignore files from the root down to a starting directory's parent apply to it too. */
function gitignoresAbove(start: string, opts: DirOptions): Scope[] {
  const rel = relative(opts.root, start);
  if (opts.noIgnore || rel === "" || rel.startsWith("..")) return [];
  const scopes: Scope[] = [];
  let dir = opts.root;
  for (const part of rel.split(sep)) {
    const ig = readIgnoreFile(join(dir, ".gitignore"));
    if (ig) scopes.push({ dir, ig });
    dir = join(dir, part);
  }
  return scopes;
}

function loadRootIgnore(root: string, extra: string[]): Ignore | undefined {
  const ig = readIgnoreFile(join(root, ".leakproofignore")) ?? ignore();
  if (extra.length > 0) ig.add(extra);
  return ig;
}

function readIgnoreFile(file: string): Ignore | undefined {
  try {
    return ignore().add(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return posix(rel === "" ? "." : rel);
}

function posix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}
