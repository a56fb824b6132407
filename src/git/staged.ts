// The staged source: exactly what the next commit adds. The added lines of the index against
// HEAD (or the empty tree before the first commit), read from the index, never the working tree.
// git is run from the caller's directory with the caller's environment, so the temporary index
// that `git commit -a` / `git commit <paths>` hand a hook (GIT_INDEX_FILE) is the one read.
import type { Fragment, Skip } from "../types.js";
import { decodeText } from "../encoding.js";
import { addedRuns } from "./blobs.js";
import { ContextCollector, ContextReader, type ContextOptions } from "./context.js";
import { DiffParser, type DiffFile } from "./diff.js";
import { EarlyGit } from "./early.js";
import { gitStream, gitText, LineSplitter } from "./exec.js";
import { headBytes, stagedBytes } from "./files.js";
import { mib } from "../units.js";

export interface StagedOptions {
  /** Where git runs (the invocation directory: relative GIT_DIR / GIT_INDEX_FILE resolve from it). */
  cwd: string;
  /** Restrict to these paths, relative to the repository root (POSIX). Empty: everything staged. */
  paths: string[];
  /** Staged files bigger than this (bytes) are skipped with a note. */
  maxFileSize: number;
  /** Paths (repo-relative) not to scan: .leakproofignore and config ignores. */
  isIgnored?: (path: string) => boolean;
  /** Characters of context multi-line rules may need around changed lines (see context.ts); 0 or unset: none. */
  contextReach?: number;
  /** Secrets a run's own scan reports, which need no context (see context.ts ContextOptions). */
  contextReported?: ContextOptions["reported"];
  /** The diff, started early (stagedDiff): read if it runs the very arguments wanted, else cancelled. */
  early?: EarlyGit;
}

export interface StagedResult {
  /** Staged blob id of each scanned path, for reading its whole staged text later. */
  blobs: Map<string, string>;
}

/** The staged diff, started before its reader is ready (the hook starts it before loading the rules). */
export function stagedDiff(cwd: string, paths: string[], maxFileSize: number): EarlyGit {
  return new EarlyGit(diffArgs(paths, maxFileSize, false), { cwd });
}

// No base revision: `git diff --cached` compares the index with HEAD, or with the empty tree (in
// the repository's own hash) before the first commit, so it needs no git call of its own.
function diffArgs(paths: string[], maxFileSize: number, text: boolean): string[] {
  return [
    // Files over the limit are reported as binary without git loading them; we then tell them apart by size.
    "-c",
    `core.bigFileThreshold=${Math.max(1, maxFileSize)}`,
    "diff",
    "--cached",
    "--no-ext-diff",
    "--no-textconv",
    "--no-color",
    "--no-relative",
    "--submodule=short",
    "--full-index",
    "-U0",
    "--inter-hunk-context=0",
    // A renamed file's unchanged lines are not new. Copies are not looked for: a copy is a new
    // place the secret lives, so all its lines are scanned.
    "--find-renames",
    "--diff-filter=ACMRT",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    ...(text ? ["--text"] : []),
    "--",
    ...paths.map((p) => `:(top,literal)${p}`),
  ];
}

/**
 * Yields (through onFragment) the staged added lines, one fragment per hunk. Binary files and
 * submodules are skipped (binary with a note), files over maxFileSize too (with a note).
 */
export async function scanStaged(
  opts: StagedOptions,
  onFragment: (f: Fragment) => void,
  onSkip: (s: Skip) => void,
): Promise<StagedResult> {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const blobs = new Map<string, string>();
  const binaries: DiffFile[] = [];

  const onFile = (pass: "first" | "text") => (f: DiffFile) => {
    if (f.submodule || f.status === "deleted" || ignored(f.path)) return;
    if (f.newId && !/^0+$/.test(f.newId)) blobs.set(f.path, f.newId);
    if (f.tooLarge)
      onSkip({ path: f.path, reason: "too-large", detail: `more than ${mib(maxFileSize)} of added lines` });
    else if (f.binary && pass === "first") binaries.push(f);
    else if (f.binary) onSkip({ path: f.path, reason: "binary" });
  };
  // Context blobs are read by one `git cat-file --batch` started at the first file that needs
  // one, while the rest of the diff is parsed (not after it: that round trip was ~5-9 ms of a commit).
  const reach = opts.contextReach ?? 0;
  const reader = new ContextReader(cwd, reach, maxFileSize, onFragment);
  const context = new ContextCollector(
    { reach, ...(opts.contextReported ? { reported: opts.contextReported } : {}) },
    onFragment,
    (p) => reader.add(p),
  );
  const run = async (paths: string[], pass: "first" | "text") => {
    const parser = new DiffParser(
      {
        fragment: (fr, file) => {
          if (ignored(fr.path)) return;
          if (!context.take(fr, file)) onFragment(fr);
        },
        file: (f) => {
          onFile(pass)(f);
          context.endFile(f);
        },
      },
      { maxFileBytes: maxFileSize },
    );
    const lines = new LineSplitter((l, truncated) => parser.line(l, truncated), maxFileSize + 16);
    const args = diffArgs(paths, maxFileSize, pass === "text");
    const early = pass === "first" && opts.early?.matches(args) ? opts.early : undefined;
    if (!early) opts.early?.cancel();
    const onData = (chunk: Buffer) => lines.push(chunk);
    await (early ? early.read(onData) : gitStream(args, { cwd }, onData));
    lines.end();
    parser.end();
  };

  try {
    await scanDiffs();
  } catch (e) {
    reader.cancel();
    throw e;
  }
  context.end();
  await reader.end();
  return { blobs };

  async function scanDiffs(): Promise<void> {
    await run(opts.paths, "first");

    // "Binary" in the diff: really binary, over the size limit (bigFileThreshold), or text that
    // .gitattributes marks -diff / binary. Text is diffed again with --text, so it is still scanned.
    const sizes = blobSizes(
      cwd,
      binaries.map((f) => f.newId ?? ""),
    );
    const asText: DiffFile[] = [];
    for (const f of binaries) {
      const size = sizes.get(f.newId ?? "");
      if (size === undefined) onSkip({ path: f.path, reason: "binary" });
      else if (size > maxFileSize) onSkip({ path: f.path, reason: "too-large", detail: mib(size) });
      else {
        const blob = stagedBytes(cwd, f.path, f.newId, maxFileSize);
        const text = decodeText(blob);
        if (text === undefined) onSkip({ path: f.path, reason: "binary" });
        // UTF-16 (PowerShell's default): a byte diff would hand the rules NUL-riddled text, so the
        // decoded versions are compared instead, as history does.
        else if (isUtf16(blob)) utf16Added(cwd, f, text, onFragment);
        else asText.push(f);
      }
    }
    if (asText.length > 0)
      await run(
        asText.flatMap((f) => (f.oldPath ? [f.oldPath, f.path] : [f.path])),
        "text",
      );
  }
}

/** Sizes of blobs by id (`git cat-file --batch-check`); missing ids are absent. */
function blobSizes(cwd: string, ids: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const wanted = ids.filter((id) => /^[0-9a-f]+$/.test(id) && !/^0+$/.test(id));
  if (wanted.length === 0) return sizes;
  const out = gitText(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: wanted.join("\n") + "\n",
  });
  for (const line of out.split("\n")) {
    const [id, type, size] = line.split(" ");
    if (id && type === "blob" && size) sizes.set(id, Number(size));
  }
  return sizes;
}

function isUtf16(blob: Buffer): boolean {
  return blob.length >= 2 && ((blob[0] === 0xff && blob[1] === 0xfe) || (blob[0] === 0xfe && blob[1] === 0xff));
}

/** The lines a staged UTF-16 file adds to its version at HEAD (none before the first commit), decoded. */
function utf16Added(cwd: string, f: DiffFile, text: string, onFragment: (f: Fragment) => void): void {
  let before = "";
  if (f.status !== "added" && f.status !== "copied") {
    // Not at HEAD, or too large to read: every line counts as added.
    try {
      const old = headBytes(cwd, f.oldPath ?? f.path);
      before = old ? (decodeText(old) ?? "") : "";
    } catch {
      before = "";
    }
  }
  for (const run of addedRuns(before, text)) onFragment({ path: f.path, text: run.text, startLine: run.startLine });
}

/**
 * The whole staged text of a file (for remedies that look at imports): by blob id when known,
 * else the index entry. Undefined when it cannot be read, is binary or is too large.
 */
export function stagedText(cwd: string, path: string, blob: string | undefined, max: number): string | undefined {
  try {
    return decodeText(stagedBytes(cwd, path, blob, max));
  } catch {
    return undefined;
  }
}
