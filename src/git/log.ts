// `git log -p` output → commits and fragments of added lines. Pure: no I/O.
// Each commit starts with a header line in LOG_FORMAT: a NUL, then NUL-separated fields. No line
// of a patch can start with NUL (hunk lines start with "+", "-", " " or "\", headers with a
// word), so a header is told apart from patch text whatever the files contain. Between two
// headers the text is a patch, parsed by the shared -U0 parser (diff.ts).
import type { Fragment } from "../types.js";
import { DiffParser, type DiffFile, type DiffOptions } from "./diff.js";

/** `--format` for `git log`: NUL, full SHA, parents, author, author date (strict ISO 8601). */
export const LOG_FORMAT = "%x00%H%x00%P%x00%an <%ae>%x00%aI";

export interface CommitInfo {
  sha: string;
  parents: string[];
  /** "Name <email>" as recorded (no mailmap). */
  author: string;
  /** Author date, strict ISO 8601 with the author's offset. */
  date: string;
}

export interface LogSink {
  /** A run of added lines, with the file section it is in. */
  fragment(f: Fragment, file: DiffFile): void;
  /** A file section of a commit's patch, once it is over (binary files, sizes, blob ids). */
  file?(f: DiffFile, commit: CommitInfo): void;
  /** A commit whose patch is over (also for commits without one: empty commits, clean merges). */
  commit?(c: CommitInfo): void;
}

/**
 * A copy of a string that shares no memory with the one it was cut from. V8 keeps a slice as a
 * pointer into its parent, so a commit id kept for a finding would otherwise keep the whole 64 KB
 * chunk of `git log` output it came from alive, and memory would grow with the history.
 */
export function detach(s: string): string {
  return (" " + s).slice(1);
}

/** A header line → the commit it names; undefined when the line is not one. */
export function parseHeader(line: string): CommitInfo | undefined {
  if (line.charCodeAt(0) !== 0) return undefined;
  const [, sha, parents, author, date] = line.split("\0");
  if (sha === undefined || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) || date === undefined) return undefined;
  return {
    sha: detach(sha),
    parents: parents ? parents.split(" ").map(detach) : [],
    author: detach(author ?? ""),
    date: detach(date),
  };
}

export class LogParser {
  private readonly diff: DiffParser;
  private current: CommitInfo | undefined;
  /** Commits whose patch is over. */
  commits = 0;

  constructor(
    private readonly sink: LogSink,
    opts: DiffOptions = {},
  ) {
    this.diff = new DiffParser(
      {
        fragment: (f, file) => sink.fragment(f, file),
        file: (f) => {
          if (this.current) sink.file?.(f, this.current);
        },
      },
      opts,
    );
  }

  /** One line of `git log` output, without its "\n". */
  line(line: string, truncated = false): void {
    if (line.charCodeAt(0) === 0) {
      const c = parseHeader(line);
      if (c) {
        this.endCommit();
        this.current = c;
        this.diff.setMeta({ commit: c.sha, author: c.author, date: c.date });
        return;
      }
    }
    if (this.current) this.diff.line(line, truncated);
  }

  /** Call after the last line. */
  end(): void {
    this.endCommit();
  }

  private endCommit(): void {
    const c = this.current;
    if (!c) return;
    this.diff.end();
    this.current = undefined;
    this.commits++;
    this.sink.commit?.(c);
  }
}
