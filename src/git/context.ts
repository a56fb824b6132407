// Context for multi-line secrets changed in place. A -U0 patch holds only the changed lines: when
// a PEM key's body, a Kubernetes `value:` or a Django fallback element changes, the unchanged
// BEGIN / `name:` / SECRET_KEY_FALLBACKS line a multi-line rule needs is not in it. For runs of
// added lines that could be such a middle part, the new blob is read (one `git cat-file --batch`
// beside the patches) and the run is handed on again with up to `reach` characters of its file around it,
// marked so the detector keeps only the matches that needed those lines (the plain run already
// gave the rest). Only ids and line numbers are held until then, so memory stays small.
import type { ContextSpan, Fragment, Rule } from "../types.js";
import { decodeText } from "../encoding.js";
import { BatchReader } from "./blobs.js";
import { gitStream } from "./exec.js";
import { detach } from "./log.js";

export interface ContextOptions {
  /** The farthest a multi-line rule reads past its keyword (the largest `reach`); 0: no context. */
  reach: number;
  /**
   * The secrets a run's own scan reports that no multi-line rule would report otherwise
   * (detect/reported.ts): a token that is one of them needs no context. Unset: none.
   */
  reported?: (f: Fragment) => readonly string[];
}

/** How much context the rules may need: the largest reach of a multi-line rule (0 when there is none). */
export function multilineReach(rules: readonly Rule[]): number {
  return rules.reduce((n, r) => (r.multiline ? Math.max(n, r.reach) : n), 0);
}

interface Run {
  from: number;
  to: number;
  /** The run as the patch gave it, held back until its context is read; undefined when it was handed on already. */
  held?: Fragment;
}

interface Pending {
  path: string;
  blob: string;
  meta: Pick<Fragment, "commit" | "author" | "date">;
  runs: Run[];
}

/** Characters of runs one collector may hold back; past it runs are handed on at once (and their context only adds). */
const HOLD_BUDGET = 16 * 1048576;

/** Shannon entropy in bits per character (by code point, each one's share of the code units). */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Counts by code unit for tokenEntropy (all zero between calls), and the units seen, in order. */
const COUNTS = new Int32Array(0x10000);
const seen: number[] = [];

/**
 * entropy() of text[start, end): the same number (the same sums in the same order) without a
 * string or a Map, for this runs on every token of every added line. Surrogate pairs go to entropy().
 */
function tokenEntropy(text: string, start: number, end: number): number {
  seen.length = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      for (const u of seen) COUNTS[u] = 0;
      return entropy(text.slice(start, end));
    }
    const k = COUNTS[c]!;
    if (k === 0) seen.push(c);
    COUNTS[c] = k + 1;
  }
  const n = end - start;
  let h = 0;
  for (const u of seen) {
    const p = COUNTS[u]! / n;
    h -= p * Math.log2(p);
    COUNTS[u] = 0;
  }
  return h;
}

/** 1 for an ASCII character that is no part of a token: whitespace, quotes, punctuation. */
const STOP = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[\s"'`,;:=(){}[\]<>]/.test(String.fromCharCode(c))) STOP[c] = 1;
const isStop = (c: number) => (c < 128 ? STOP[c] === 1 : /\s/.test(String.fromCharCode(c)));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
/** Where identifiers, paths, URLs and code split into words: . _ / - \\ ? & # @ ~ ! * + $ % */
const SEPARATOR = new Uint8Array(128);
for (const ch of "._/-\\?&#@~!*+$%") SEPARATOR[ch.charCodeAt(0)] = 1;

/**
 * Whether text[start, end) is one word of code: a lower-case, Capitalised or CAPS start, then
 * camelCase humps (`getQueryset`, `XMLParser`), where two or more digits may sit inside once
 * (`i18n`, `b64encode`, `ISO8601DateTime`, `Terminal256Formatter`), then an acronym after lower
 * case and digits at the end (`CharsForUTF32`, `macOS`, `sha512`); digits alone; or nothing. A single digit
 * inside is how passwords spell letters (`passw0rd`), and capitals amid capitals or digits amid
 * letters are how random material looks: those are not words.
 */
function isWord(text: string, start: number, end: number): boolean {
  const at = (k: number) => text.charCodeAt(k);
  let i = start;
  if (i < end && isUpper(at(i))) {
    i++;
    if (i < end && isUpper(at(i))) {
      while (i < end && isUpper(at(i))) i++;
      // An acronym before a capitalised word (XMLParser): its last capital starts the word.
      if (i < end && isLower(at(i))) i--;
    } else while (i < end && isLower(at(i))) i++;
  } else while (i < end && isLower(at(i))) i++;
  for (let inner = false; ;) {
    if (i + 1 < end && isUpper(at(i)) && isLower(at(i + 1))) {
      i += 2;
      while (i < end && isLower(at(i))) i++;
      continue;
    }
    // Digits inside once: hex alternates runs of digits and letters again and again.
    if (!inner && i > start && isLetter(at(i - 1)) && i < end && isDigit(at(i))) {
      inner = true;
      let j = i;
      while (j < end && isDigit(at(j))) j++;
      if (j - i >= 2 && j < end && isLower(at(j))) {
        i = j;
        while (i < end && isLower(at(i))) i++;
        continue;
      }
      if (j - i >= 2 && j + 1 < end && isUpper(at(j)) && isLower(at(j + 1))) {
        i = j;
        continue;
      }
    }
    break;
  }
  if (i > start && isLower(at(i - 1))) while (i < end && isUpper(at(i))) i++;
  while (i < end && isDigit(at(i))) i++;
  return i === end;
}

/**
 * Whether a token is made of words (isWord) between separators: an identifier (`handler_1000_2`,
 * `hashlib.sha512`), a path or a URL (`//bugs.python.org/issue20164`). Random material is not:
 * its letters, digits and cases interleave (`q7s1yg2u`, base64, hex, a Django key's symbols).
 */
function isWordy(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x2f;
    if (c < 128 && SEPARATOR[c] === 1) {
      if (!isWord(text, from, i)) return false;
      from = i + 1;
    }
  }
  return true;
}

const isBlank = (c: number) => c === 32 || c === 9;
const isQuote = (c: number) => c === 34 || c === 39;

/**
 * Whether text[from, to) holds a value alone: one token and nothing else (a YAML block's or an XML
 * element's body, a list element `'…',`), or `value: …` / `- value = …` / `"value": …`. That is
 * where multi-line rules find a secret whose name is on another line (a Kubernetes env entry, a
 * SECRET_KEY_FALLBACKS list), and where a password made of words (`Winter2024Spring`) is one.
 */
function isValueLine(text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && isBlank(text.charCodeAt(p))) p++;
  let q = to;
  while (q > p && (isBlank(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 13)) q--;
  if (p >= q) return false;
  let k = p;
  while (k < q && !isBlank(text.charCodeAt(k))) k++;
  if (k === q) return true;
  if (text.charCodeAt(p) === 45) {
    p++;
    while (p < q && isBlank(text.charCodeAt(p))) p++;
  }
  if (isQuote(text.charCodeAt(p))) p++;
  if (text.slice(p, p + 5).toLowerCase() !== "value") return false;
  p += 5;
  if (isQuote(text.charCodeAt(p))) p++;
  while (p < q && isBlank(text.charCodeAt(p))) p++;
  return text.charCodeAt(p) === 58 || text.charCodeAt(p) === 61;
}

/** Whether a token has no separator (one word, as a password is; a dotted path is code). */
function isOneWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && SEPARATOR[c] === 1) return false;
  }
  return true;
}

/**
 * Whether added text could be part of a secret (a key body line, a password value): a token of
 * 10+ characters mixing letters and digits with the spread of random material (entropy >= 3), or
 * one of 32+ characters with a high spread (>= 4). Identifiers and prose rarely have one, so most
 * runs need no context. A value without a digit under 32 characters is left to the run's own
 * scan. Identifiers, paths and URLs are not random material, however long (isWordy), except a
 * single word on a line that holds a value alone (isValueLine): `Winter2024Spring` is a password
 * there. A token that is one of `known` (with under 10 characters around it) does not count.
 * Pure. A token is a run of /[^\s"'`,;:=(){}[\]<>]{10,}/, judged on its first 400 characters;
 * found by hand in one pass (this runs on every added line of a history).
 */
export function couldHoldSecret(text: string, known: readonly string[] = []): boolean {
  const n = text.length;
  let i = 0;
  // The line of the token at hand, and whether it holds a value alone (isValueLine).
  let lineEnd = -1;
  let valueLine = false;
  while (i < n) {
    while (i < n && isStop(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isStop(text.charCodeAt(i))) i++;
    if (i - start < 10) continue;
    if (start > lineEnd) {
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      lineEnd = text.indexOf("\n", start);
      if (lineEnd === -1) lineEnd = n;
      valueLine = isValueLine(text, lineStart, lineEnd);
    }
    const end = Math.min(i, start + 400);
    let digit = false;
    let letter = false;
    for (let k = start; k < end && !(digit && letter); k++) {
      const c = text.charCodeAt(k);
      if (isDigit(c)) digit = true;
      else if (isLetter(c)) letter = true;
    }
    // Words first: most long tokens of code are, and that is cheaper to tell than their entropy.
    if (
      (digit && letter ? true : end - start >= 32) &&
      (!isWordy(text, start, end) || (valueLine && isOneWord(text, start, end))) &&
      tokenEntropy(text, start, end) >= (digit && letter ? 3 : 4) &&
      !(known.length > 0 && isKnown(text, start, i, known))
    )
      return true;
  }
  return false;
}

/** Whether the token text[start, end) is one of `known`, or inside one, give or take under 10 characters. */
function isKnown(text: string, start: number, end: number, known: readonly string[]): boolean {
  const token = text.slice(start, end);
  return known.some((k) => {
    if (k.includes(token)) return true;
    const at = token.indexOf(k);
    return at !== -1 && at < 10 && token.length - at - k.length < 10;
  });
}

/**
 * Collects, per file section of a patch, the runs that may need context. Such a run is held back
 * (so it is scanned once, with its context); once the file's section ends and shows it was changed,
 * not added (a new file's runs are the whole file), its runs wait for the blob read, otherwise
 * they are handed on as they are.
 */
export class ContextCollector {
  private file: Pending | undefined;
  private held = 0;

  /** `onPending`: each file whose runs wait for its blob (a ContextReader's add), as it comes. */
  constructor(
    private readonly opts: ContextOptions,
    private readonly emit: (f: Fragment) => void,
    private readonly onPending: (p: Pending) => void,
  ) {}

  /**
   * A fragment of added lines as the patch parser produced it, with its file section when known;
   * false when the caller hands it on itself. A new file's runs are the whole file: nothing
   * around them to read.
   */
  take(f: Fragment, file?: { status: string }): boolean {
    if (this.opts.reach <= 0 || file?.status === "added" || !couldHoldSecret(f.text)) return false;
    // Most such runs look random only where their own scan reports a secret (a format token):
    // those need no context. The few that could are scanned here, and again when handed on.
    const known = this.opts.reported?.(f) ?? [];
    if (known.length > 0 && !couldHoldSecret(f.text, known)) return false;
    if (!this.file || this.file.path !== f.path || this.file.meta.commit !== f.commit) {
      this.flush();
      this.file = { path: detach(f.path), blob: "", meta: meta(f), runs: [] };
    }
    const run: Run = { from: f.startLine, to: f.startLine + lineCount(f.text) - 1 };
    const hold = this.held + f.text.length <= HOLD_BUDGET;
    if (hold) {
      run.held = { ...f, path: this.file.path, text: detach(f.text), ...this.file.meta };
      this.held += f.text.length;
    }
    this.file.runs.push(run);
    return hold;
  }

  /** The end of a file section: its runs wait for the blob if the file existed before and its new blob is known. */
  endFile(f: { path: string; status: string; newId?: string; binary: boolean }, commit?: string): void {
    const p = this.file;
    this.file = undefined;
    if (!p) return;
    if (p.path !== f.path || p.meta.commit !== commit) return release(p, this.emit);
    if (f.status === "added" || f.binary || !f.newId || /^0+$/.test(f.newId)) return release(p, this.emit);
    p.blob = detach(f.newId);
    this.onPending(p);
  }

  /** After the last line of the patch: runs of a file whose section never ended go on as they are. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.file) release(this.file, this.emit);
    this.file = undefined;
  }
}

/** Hands on the runs held back, as the patch gave them. */
function release(p: Pending, emit: (f: Fragment) => void): void {
  for (const r of p.runs) if (r.held) emit(r.held);
}

function meta(f: Fragment): Pending["meta"] {
  const m: Pending["meta"] = {};
  if (f.commit) m.commit = detach(f.commit);
  if (f.author) m.author = detach(f.author);
  if (f.date) m.date = detach(f.date);
  return m;
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Reads the waiting files' new blobs and hands each run on with its context (up to `reach`
 * characters of whole lines before and after it, marked with `context`: the run's lines, and where
 * `spanOf` says keywords matter), while the patches are still coming: one `git cat-file --batch`
 * started with the first file that waits for its blob, handed each as it comes, so the blobs are
 * read (by git, on the other core) while the patches are parsed, not after them.
 */
export class ContextReader {
  private readonly queue: Pending[] = [];
  private head = 0;
  private stdin: NodeJS.WritableStream | undefined;
  private done: Promise<number> | undefined;
  private readonly reader: BatchReader;
  private readonly abort = new AbortController();

  constructor(
    private readonly cwd: string,
    reach: number,
    maxFileSize: number,
    onFragment: (f: Fragment) => void,
    spanOf?: ContextSpan,
  ) {
    this.reader = new BatchReader((o) => {
      const p = this.queue[this.head]!;
      this.queue[this.head++] = undefined as unknown as Pending;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      emitRuns(p, o.body, reach, maxFileSize, onFragment, spanOf);
    });
  }

  add(p: Pending): void {
    if (!this.done) {
      this.done = gitStream(
        ["cat-file", "--batch"],
        { cwd: this.cwd, feed: (stdin) => (this.stdin = stdin), signal: this.abort.signal },
        (chunk) => this.reader.push(chunk),
      );
      // A failure while the patches still stream is thrown by end(), not left unhandled.
      this.done.catch(() => undefined);
    }
    this.queue.push(p);
    this.stdin!.write(p.blob + "\n");
  }

  /** After the last file: waits for the blobs asked for and their runs. */
  async end(): Promise<void> {
    if (!this.done) return;
    this.stdin!.end();
    await this.done;
  }

  /** The scan failed: git is stopped, and its end is nobody's error. */
  cancel(): void {
    this.abort.abort();
  }
}

/** One pending file's runs, each with the lines around it in the file's new version (`body`). */
function emitRuns(
  p: Pending,
  body: Buffer | undefined,
  reach: number,
  maxFileSize: number,
  onFragment: (f: Fragment) => void,
  spanOf?: ContextSpan,
): void {
  const text = body && body.length <= maxFileSize ? decodeText(body) : undefined;
  if (text === undefined) return release(p, onFragment);
  // Line starts, found only as far as the runs need (a long file's run near its top reads little of it).
  const starts = [0];
  let done = false;
  /** The number of lines, or at least n while the text has more. */
  const lines = (n: number) => {
    while (!done && starts.length < n) {
      const nl = text.indexOf("\n", starts[starts.length - 1]);
      if (nl === -1) done = true;
      else starts.push(nl + 1);
    }
    return starts.length;
  };
  const lineStart = (line: number) => starts[Math.max(0, Math.min(lines(line) - 1, line - 1))]!;
  const lineEnd = (line: number) => (line < lines(line + 1) ? starts[line]! - 1 : text.length);
  for (const { from, to, held } of p.runs) {
    if (from > lines(from)) {
      if (held) onFragment(held);
      continue;
    }
    const begin = lineStart(from);
    const end = lineEnd(Math.min(to, lines(to)));
    // Whole lines within reach: the line holding the first character in reach, up to the last.
    let first = from;
    while (first > 1 && begin - lineStart(first - 1) <= reach) first--;
    let last = Math.min(to, lines(to));
    while (last < lines(last + 1) && lineEnd(last + 1) - end <= reach) last++;
    const full: [number, number] = [lineStart(first), lineEnd(last)];
    const context: NonNullable<Fragment["context"]> = held ? { from, to } : { from, to, runReported: true };
    if (spanOf) {
      // Keywords matter only where the rules' windows reach the run; the text stays whole (it
      // tells a rule's context and a Python docstring). None anywhere: the run alone gives all.
      const span = spanOf(p.path, text, full, [begin, end]);
      if (!span && !held) continue;
      const [a, b] = span ?? [begin, end];
      context.keywordsIn = [a - full[0], b - full[0]];
    }
    onFragment({ path: p.path, text: text.slice(full[0], full[1]), startLine: first, ...p.meta, context });
  }
}
