// Whole texts through the streaming parsers (git feeds them line by line): what a test checks.
import { DiffParser, type DiffFile, type DiffOptions } from "../../src/git/diff.js";
import { LogParser, type CommitInfo } from "../../src/git/log.js";
import type { Fragment } from "../../src/types.js";

function feed(text: string, parser: { line(l: string): void; end(): void }): void {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const l of lines) parser.line(l);
  parser.end();
}

/** A whole patch text → fragments and file records. */
export function parseDiff(text: string, opts: DiffOptions = {}): { fragments: Fragment[]; files: DiffFile[] } {
  const fragments: Fragment[] = [];
  const files: DiffFile[] = [];
  feed(text, new DiffParser({ fragment: (f) => fragments.push(f), file: (f) => files.push(f) }, opts));
  return { fragments, files };
}

/** A whole `git log` text → fragments, file records and commits. */
export function parseLog(
  text: string,
  opts: DiffOptions = {},
): { fragments: Fragment[]; files: Array<DiffFile & { commit: string }>; commits: CommitInfo[] } {
  const fragments: Fragment[] = [];
  const files: Array<DiffFile & { commit: string }> = [];
  const commits: CommitInfo[] = [];
  const sink = {
    fragment: (f: Fragment) => fragments.push(f),
    file: (f: DiffFile, c: CommitInfo) => files.push({ ...f, commit: c.sha }),
    commit: (c: CommitInfo) => commits.push(c),
  };
  feed(text, new LogParser(sink, opts));
  return { fragments, files, commits };
}
