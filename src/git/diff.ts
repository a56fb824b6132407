// `git diff` / `git log -p` patch text → fragments of added lines. Pure: no I/O.
// Feed it line by line (DiffParser.line) while git streams.
// With -U0 each hunk is one run of added lines, and its `@@ -a,b +c,d @@` header gives the
// line number in the new file. Hunks are consumed by their line counts, so an added line that
// looks like a header ("+++ x", "diff --git …") is still content.
import type { Fragment } from "../types.js";

export type FileStatus = "added" | "modified" | "deleted" | "renamed" | "copied";

/** What the patch said about one file; reported when its section ends. */
export interface DiffFile {
  /** The new path (the old one for a deletion), repo-relative POSIX, unquoted. */
  path: string;
  /** The old path, when it differs (renames, copies). */
  oldPath?: string;
  status: FileStatus;
  /** "Binary files … differ" or a binary patch: no text was shown. */
  binary: boolean;
  /** A gitlink (mode 160000): its "Subproject commit" line is not content. */
  submodule: boolean;
  /** New blob id, full with --full-index. */
  newId?: string;
  newMode?: string;
  /** Its added text went over maxFileBytes: the rest of it was not scanned. */
  tooLarge: boolean;
  /** Bytes of added text seen. */
  addedBytes: number;
}

export interface DiffOptions {
  srcPrefix?: string;
  dstPrefix?: string;
  /** Stop collecting a file's added lines beyond this many bytes (the file is then tooLarge). */
  maxFileBytes?: number;
  /**
   * In a combined diff (`--cc`), a line counts as added only when it is new against every parent
   * ("++"): a line from one parent (" +") was added by that parent's own commit. History scans
   * use this; by default any "+" counts.
   */
  combinedNewOnly?: boolean;
}

export interface DiffSink {
  /** A run of added lines, with the file section it is in (its status is known by then). */
  fragment(f: Fragment, file: DiffFile): void;
  file?(f: DiffFile): void;
}

interface Meta {
  commit?: string;
  author?: string;
  date?: string;
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const COMBINED = /^(@{3,}) ((?:-\d+(?:,\d+)? )+)\+(\d+)(?:,(\d+))? @{3,}/;
const INDEX = /^index ([0-9a-f]+)(?:,[0-9a-f]+)*\.\.([0-9a-f]+)(?: (\d+))?$/;
const GITLINK = "160000";

export class DiffParser {
  private readonly src: string;
  private readonly dst: string;
  private readonly maxFileBytes: number;
  private readonly combinedNewOnly: boolean;
  private meta: Meta = {};
  private file: DiffFile | undefined;
  private inBinaryPatch = false;
  // Hunk state: lines still expected from each parent and from the new file.
  private oldLeft: number[] = [];
  private newLeft = 0;
  private parents = 0;
  private newLine = 0;
  private run: string[] = [];
  private runStart = 0;

  constructor(
    private readonly sink: DiffSink,
    opts: DiffOptions = {},
  ) {
    this.src = opts.srcPrefix ?? "a/";
    this.dst = opts.dstPrefix ?? "b/";
    this.maxFileBytes = opts.maxFileBytes ?? Number.POSITIVE_INFINITY;
    this.combinedNewOnly = opts.combinedNewOnly ?? false;
  }

  /** Commit data attached to the fragments that follow (history scans). */
  setMeta(meta: Meta): void {
    this.flushRun();
    this.meta = { ...meta };
  }

  /** One line of the patch, without its "\n". `truncated`: the line was cut (over-long). */
  line(line: string, truncated = false): void {
    if (this.parents > 0) {
      if (this.hunkLine(line, truncated)) return;
    }
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      this.endFile();
      this.startFile(line);
      return;
    }
    const f = this.file;
    if (!f) return; // commit headers, messages, "* Unmerged path …": not ours.
    if (this.inBinaryPatch) return;
    if (line.startsWith("@@")) {
      this.startHunk(line);
    } else if (line.startsWith("--- ")) {
      const p = this.pathOf(line.slice(4), this.src);
      if (p !== undefined && f.status !== "renamed" && f.status !== "copied") f.oldPath = p;
    } else if (line.startsWith("+++ ")) {
      const p = this.pathOf(line.slice(4), this.dst);
      if (p !== undefined) f.path = p;
      else f.status = "deleted";
    } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
      f.oldPath = unquote(line.slice(line.indexOf(" from ") + 6));
      f.status = line.startsWith("rename") ? "renamed" : "copied";
    } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      f.path = unquote(line.slice(line.indexOf(" to ") + 4));
      f.status = line.startsWith("rename") ? "renamed" : "copied";
    } else if (line.startsWith("new file mode ")) {
      f.status = "added";
      f.newMode = line.slice(14).trim();
    } else if (line.startsWith("deleted file mode ")) {
      f.status = "deleted";
    } else if (line.startsWith("new mode ")) {
      f.newMode = line.slice(9).trim();
    } else if (line.startsWith("index ")) {
      const m = INDEX.exec(line);
      if (m) {
        f.newId = m[2];
        if (m[3]) f.newMode = m[3];
      }
    } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
      f.binary = true;
    } else if (line === "GIT binary patch") {
      f.binary = true;
      this.inBinaryPatch = true;
    }
    f.submodule = f.newMode === GITLINK;
  }

  /** Call after the last line. */
  end(): void {
    if (this.parents > 0) this.endHunk();
    this.endFile();
  }

  private startFile(line: string): void {
    const rest = line.slice(line.indexOf(" ", 5) + 1);
    // `diff --cc name` (a combined diff) has one name; `diff --git a/x b/y` two.
    const names: [string, string] = (line.startsWith("diff --git ")
      ? splitHeader(rest, this.src, this.dst)
      : undefined) ?? [unquote(rest), unquote(rest)];
    const [oldPath, path] = names;
    this.file = { path, status: "modified", binary: false, submodule: false, tooLarge: false, addedBytes: 0 };
    if (oldPath !== path) this.file.oldPath = oldPath;
    this.inBinaryPatch = false;
  }

  private endFile(): void {
    const f = this.file;
    if (!f) return;
    this.flushRun();
    if (f.oldPath === f.path) delete f.oldPath;
    this.file = undefined;
    this.sink.file?.(f);
  }

  private startHunk(line: string): void {
    let m = HUNK.exec(line);
    if (m) {
      this.parents = 1;
      this.oldLeft = [count(m[1])];
      this.newLine = Number(m[2]);
      this.newLeft = count(m[3]);
    } else if ((m = COMBINED.exec(line))) {
      this.parents = m[1]!.length - 1;
      this.oldLeft = m[2]!
        .trim()
        .split(" ")
        .map((r) => count(r.split(",")[1]));
      this.newLine = Number(m[3]);
      this.newLeft = count(m[4]);
    } else {
      return;
    }
    if (this.hunkDone()) this.endHunk();
  }

  /** Returns false when the line is not hunk content (the hunk is then over). */
  private hunkLine(line: string, truncated: boolean): boolean {
    if (line.startsWith("\\")) return true; // "\ No newline at end of file"
    const n = this.parents;
    if (n === 1) return this.plainHunkLine(line, truncated);
    // An empty line inside a hunk is an empty context line (diff.suppressBlankEmpty).
    const prefix = line.length === 0 ? " ".repeat(n) : line.slice(0, n);
    if (!/^[ +-]+$/.test(prefix) || prefix.length !== n) {
      this.endHunk();
      return false;
    }
    const inNew = !prefix.includes("-");
    for (let i = 0; i < n; i++) if (prefix[i] !== "+") this.oldLeft[i]!--;
    if (inNew) {
      this.newLeft--;
      if (n > 1 && this.combinedNewOnly ? !prefix.includes(" ") : prefix.includes("+"))
        this.added(line.slice(n), truncated);
      else this.flushRun();
      this.newLine++;
    }
    if (this.hunkDone()) this.endHunk();
    return true;
  }

  /** hunkLine for a one-parent hunk (nearly every line of a history): the same steps, by character code. */
  private plainHunkLine(line: string, truncated: boolean): boolean {
    const c = line.length === 0 ? 32 : line.charCodeAt(0);
    if (c === 43) {
      this.newLeft--;
      this.added(line.slice(1), truncated);
      this.newLine++;
    } else if (c === 45) {
      this.oldLeft[0]!--;
    } else if (c === 32) {
      this.oldLeft[0]!--;
      this.newLeft--;
      this.flushRun();
      this.newLine++;
    } else {
      this.endHunk();
      return false;
    }
    if (this.newLeft <= 0 && this.oldLeft[0]! <= 0) this.endHunk();
    return true;
  }

  private hunkDone(): boolean {
    return this.newLeft <= 0 && this.oldLeft.every((x) => x <= 0);
  }

  private endHunk(): void {
    this.flushRun();
    this.parents = 0;
  }

  private added(text: string, truncated: boolean): void {
    const f = this.file;
    if (!f || f.submodule || f.tooLarge) return;
    f.addedBytes += text.length + 1;
    if (truncated || f.addedBytes > this.maxFileBytes) {
      f.tooLarge = true;
      this.run = [];
      return;
    }
    if (this.run.length > 0 && this.runStart + this.run.length !== this.newLine) this.flushRun();
    if (this.run.length === 0) this.runStart = this.newLine;
    this.run.push(text);
  }

  private flushRun(): void {
    const f = this.file;
    if (this.run.length > 0 && f && !f.tooLarge && !f.submodule) {
      const fragment: Fragment = { path: f.path, text: this.run.join("\n"), startLine: this.runStart };
      if (this.meta.commit) fragment.commit = this.meta.commit;
      if (this.meta.author) fragment.author = this.meta.author;
      if (this.meta.date) fragment.date = this.meta.date;
      this.sink.fragment(fragment, f);
    }
    this.run = [];
  }

  private pathOf(raw: string, prefix: string): string | undefined {
    // git ends a name containing a space with a tab on ---/+++ lines.
    const name = raw.endsWith("\t") ? raw.slice(0, -1) : raw;
    if (name === "/dev/null") return undefined;
    const p = unquote(name);
    return p.startsWith(prefix) ? p.slice(prefix.length) : p;
  }
}

function count(s: string | undefined): number {
  return s === undefined ? 1 : Number(s);
}

/** The two names of a `diff --git` line (quoted or not). Unquoted names with spaces are split where both halves agree, as git apply does. */
export function splitHeader(rest: string, src: string, dst: string): [string, string] | undefined {
  const strip = (p: string, prefix: string) => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return undefined;
    const second = rest.slice(first.end + 1);
    return [strip(first.value, src), strip(second.startsWith('"') ? unquote(second) : second, dst)];
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(` "${dst}`);
    if (at !== -1) return [strip(rest.slice(0, at), src), strip(unquote(rest.slice(at + 1)), dst)];
  }
  // Same name on both sides (every case but renames and copies, whose names come from their own lines).
  if (rest.startsWith(src)) {
    const len = (rest.length - src.length - dst.length - 1) / 2;
    if (Number.isInteger(len) && len > 0) {
      const a = rest.slice(src.length, src.length + len);
      const b = rest.slice(src.length + len + 1 + dst.length);
      if (a === b && rest.slice(src.length + len, src.length + len + 1 + dst.length) === ` ${dst}`) return [a, b];
    }
  }
  const at = rest.indexOf(` ${dst}`);
  if (at === -1) return undefined;
  return [strip(rest.slice(0, at), src), rest.slice(at + 1 + dst.length)];
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };

/** Reads a C-quoted name starting at `start` ("…" with \t, \n, \", \\, \ooo octal bytes). */
function readQuoted(s: string, start: number): { value: string; end: number } | undefined {
  const bytes: number[] = [];
  let plain = start + 1;
  const flush = (to: number) => {
    for (const b of encoder.encode(s.slice(plain, to))) bytes.push(b);
  };
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      flush(i);
      return { value: decoder.decode(new Uint8Array(bytes)), end: i + 1 };
    }
    if (c !== "\\") continue;
    flush(i);
    const d = s[i + 1] ?? "";
    if (/[0-7]/.test(d)) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 0xff);
      i += 3;
    } else {
      bytes.push(ESCAPES[d] ?? d.charCodeAt(0));
      i += 1;
    }
    plain = i + 1;
  }
  return undefined;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** A name as git prints it: C-quoted when it holds special characters, else as is. */
export function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  return readQuoted(name, 0)?.value ?? name;
}
