// The staged source: exactly what the next commit adds. The added lines of the index against
// HEAD (or the empty tree before the first commit), read from the index, never the working tree.
// git is run from the caller's directory with the caller's environment, so the temporary index
// that `git commit -a` / `git commit <paths>` hand a hook (GIT_INDEX_FILE) is the one read.
import type { Fragment, Skip } from "../types.js";
import { decodeText } from "../encoding.js";
import { DiffParser, type DiffFile } from "./diff.js";
import { gitStream, gitText, LineSplitter } from "./exec.js";
import { stagedBytes } from "./files.js";
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
}

export interface StagedResult {
  /** Staged blob id of each scanned path, for reading its whole staged text later. */
  blobs: Map<string, string>;
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
  const run = async (paths: string[], pass: "first" | "text") => {
    const parser = new DiffParser(
      { fragment: (fr) => (ignored(fr.path) ? undefined : onFragment(fr)), file: onFile(pass) },
      { maxFileBytes: maxFileSize },
    );
    const lines = new LineSplitter((l, truncated) => parser.line(l, truncated), maxFileSize + 16);
    await gitStream(diffArgs(paths, maxFileSize, pass === "text"), { cwd }, (chunk) => lines.push(chunk));
    lines.end();
    parser.end();
  };

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
    else if (decodeText(stagedBytes(cwd, f.path, f.newId, maxFileSize)) === undefined)
      onSkip({ path: f.path, reason: "binary" });
    else asText.push(f);
  }
  if (asText.length > 0)
    await run(
      asText.flatMap((f) => (f.oldPath ? [f.oldPath, f.path] : [f.path])),
      "text",
    );
  return { blobs };
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
