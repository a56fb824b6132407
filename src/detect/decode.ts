// The decoding stage: finds encoded values in a fragment (base64, hex, percent-encoding, escaped
// string literals), decodes them, and runs the detector on what they hold. A finding inside a
// decoded value keeps the location of the encoded text it came from and says which decoding
// found it. Pure, bounded and linear: each pass is one scan of bounded regexes over the text,
// decoded values are capped in number and size, and decoding nests at most MAX_DEPTH deep.
import type { Finding, Fragment } from "../types.js";
import { fingerprint } from "./fingerprint.js";

/** How deep decoded values are decoded again (.dockerconfigjson → JSON → "auth" → user:password). */
export const MAX_DEPTH = 3;
/** Encoded values longer than this are not decoded (a bundled image, not a credential). */
const MAX_ENCODED = 64 * 1024;
/** Per fragment and level: at most this many values decoded, and this many characters decoded in all. */
const MAX_VALUES = 2000;
const MAX_DECODED_TOTAL = 1024 * 1024;

/**
 * The path suffix of decoded text. Rules see a decoded value as a file of its own, `PATH#decoded`:
 * not source code (a decoded value is data, not a literal), and a rule can ask for decoded text
 * only with `paths = ['''#decoded$''']`.
 */
export const DECODED_SUFFIX = "#decoded";

/**
 * What a credential pair decoded from HTTP Basic auth or a Docker `auth` field is shown to rules
 * as: `basic-credentials=user:password` (patterns/tokens.toml reports it).
 */
export const BASIC_PREFIX = "basic-credentials=";

export interface EncodedValue {
  /** Offsets of the encoded text in the fragment. */
  start: number;
  end: number;
  /** The text rules run on: the decoded value, with its name when the context gives one. */
  text: string;
  /** How it was decoded, for the finding's note. */
  via: string;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;

/** Base64 (standard or URL-safe) → text, or undefined if it is not base64 of mostly printable text. */
export function base64Text(s: string): string | undefined {
  if (s.length < 8 || s.length > MAX_ENCODED) return undefined;
  const url = !B64.test(s);
  if (url && !B64URL.test(s)) return undefined;
  if ((s.replace(/=+$/, "").length * 6) % 8 >= 6) return undefined; // a length no encoder writes
  const enc = url ? "base64url" : "base64";
  // Most runs are not base64 of text: their first bytes already say so, before decoding the rest.
  if (s.length > 64 && printable(Buffer.from(s.slice(0, 64), enc)) === undefined) return undefined;
  return printable(Buffer.from(s, enc));
}

/** Hex → text, or undefined if it is not hex of mostly printable text. */
export function hexText(s: string): string | undefined {
  if (s.length % 2 !== 0 || s.length > MAX_ENCODED || !/^[0-9A-Fa-f]*$/.test(s)) return undefined;
  return printable(Buffer.from(s, "hex"));
}

/** Percent-encoding → text, or undefined if nothing was encoded or it does not decode. */
export function percentText(s: string): string | undefined {
  if (!/%[0-9A-Fa-f]{2}/.test(s)) return undefined;
  try {
    const t = decodeURIComponent(s);
    return t === s ? undefined : t;
  } catch {
    return undefined;
  }
}

/** A string literal's escapes (\uXXXX, \xXX, \/, \", \\, \n…) → text. */
export function unescapeText(s: string): string | undefined {
  if (!/\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.test(s)) return undefined;
  const t = s.replace(/\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|(.))/g, (_m, u: string, x: string, c: string) => {
    if (u || x) return String.fromCharCode(parseInt(u ?? x, 16));
    return ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "0": "\0" } as Record<string, string>)[c] ?? c;
  });
  return t === s ? undefined : t;
}

/** Decoded bytes as text, if they are UTF-8 text (not binary: an image, a compressed blob, a hash). */
function printable(buf: Buffer): string | undefined {
  if (buf.length === 0) return undefined;
  let bad = 0;
  for (const b of buf) if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) bad++;
  if (bad > 0) return undefined;
  const text = buf.toString("utf8");
  if (text.includes("\uFFFD")) return undefined;
  return text;
}

/** Base64 runs shorter than this are decoded only where a name or a Basic / auth field precedes them. */
const MIN_UNNAMED = 16;
/** The shortest run worth decoding at all (base64 of a 6-character password is 8). */
const MIN_RUN = 8;

/** 1: base64 alphabet (standard and URL-safe); 2: also hex; 4: a digit or a symbol (+ /). */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = 1;
  if (/[0-9A-Fa-f]/.test(ch)) CLASS[c]! |= 2;
  if (/[0-9+/]/.test(ch)) CLASS[c]! |= 4;
}

/**
 * Calls `each` for every maximal run of base64 alphabet (with its "=" padding), in one pass over
 * the text: a regex for this costs a match attempt at every position and, with a left context,
 * turns quadratic on long identifier runs. `hex`: only hex digits; `signal`: holds a digit, a
 * symbol or padding. `words` false: runs of letters alone (no signal, and not 32+ hex digits) are
 * passed over.
 */
export function forEachRun(
  text: string,
  each: (start: number, end: number, hex: boolean, signal: boolean) => void,
  words = true,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let all = 2;
    let signal = 0;
    for (; i < n; i++) {
      const k = text.charCodeAt(i);
      const cls = k < 128 ? CLASS[k]! : 0;
      if (cls === 0) break;
      all &= cls;
      signal |= cls;
    }
    let end = i;
    while (end < n && end - i < 2 && text.charCodeAt(end) === 61) end++;
    const hex = all === 2 && end === i;
    const withSignal = (signal & 4) !== 0 || end > i;
    if (i - start >= MIN_RUN && i - start <= MAX_ENCODED && (words || withSignal || (hex && i - start >= 32)))
      each(start, end, hex, withSignal);
    i = end;
  }
}

// What stands right before a run, read backwards by hand: most runs are words, and this runs for each.
const isSpace = (c: number) => c === 32 || c === 9;
const isWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isName = (c: number) => isWord(c) || c === 46 || c === 45;

/** `Basic ` (any case) right before: an HTTP Basic credential. */
function basicBefore(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < 4 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === start || i < 5) return false;
  // Compared by character code, lower-cased (| 32): this runs for every word after a space.
  for (let k = 0; k < 5; k++) if ((text.charCodeAt(i - 5 + k) | 32) !== BASIC.charCodeAt(k)) return false;
  return i === 5 || !isWord(text.charCodeAt(i - 6));
}
const BASIC = "basic";
const BASIC_ANY = /basic/i;

/** `"auth": "` right before: a Docker config credential. */
function authBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 34) return false;
  let i = start - 1;
  while (i > 0 && start - i < 6 && isSpace(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 58) return false;
  i--;
  while (i > 0 && start - i < 10 && isSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i - 6, i) === '"auth"';
}

/** The name a run is assigned to (`NAME: run`, `"name": "run"`, `NAME=run`), if any. */
function nameBefore(text: string, start: number): string | undefined {
  let i = start;
  const q = text.charCodeAt(i - 1);
  if (q === 34 || q === 39) i--;
  while (i > 0 && start - i < 6 && isSpace(text.charCodeAt(i - 1))) i--;
  const op = text.charCodeAt(i - 1);
  if (op !== 58 && op !== 61) return undefined;
  i--;
  while (i > 0 && start - i < 12 && isSpace(text.charCodeAt(i - 1))) i--;
  const nq = text.charCodeAt(i - 1);
  if (nq === 34 || nq === 39) i--;
  const end = i;
  while (i > 0 && end - i < 80 && isName(text.charCodeAt(i - 1))) i--;
  return i < end ? text.slice(i, end) : undefined;
}

/** Where a token holding percent-escapes ends (a URL, a form body, a query string). */
const TOKEN_END = /[\s"'<>`]/;
const URL_SHAPE = /:\/\/|%3A%2F%2F/i;
/** The longest token searched back for its start. */
const MAX_TOKEN = 4096;
/** A double-quoted string literal holding \u or \x escapes. */
const ESCAPED = /"((?:[^"\\\n]|\\[^\n]){1,2000})"/g;

/** Every decodable value in a text, each with the text rules should see. */
export function encodedValues(text: string): EncodedValue[] {
  const out: EncodedValue[] = [];
  const taken: Array<[number, number]> = [];
  let total = 0;
  const add = (start: number, end: number, decoded: string | undefined, via: string, name?: string) => {
    if (decoded === undefined || out.length >= MAX_VALUES || total + decoded.length > MAX_DECODED_TOTAL) return;
    // Values come in text order within a pass; only the percent and escape passes can overlap earlier ones.
    if (taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    total += decoded.length;
    out.push({ start, end, text: name === undefined ? decoded : `${name}=${decoded}`, via });
  };
  const credentials = (decoded: string) => (/^[^:\s]{1,200}:[^\n]{1,400}$/.test(decoded) ? decoded : undefined);

  // A word (no digit, symbol or padding) is worth a look only after "Basic " or an "auth" field:
  // without either in the text, words are passed over (most of a text's runs are words).
  const words = BASIC_ANY.test(text) || text.includes('"auth"');
  forEachRun(
    text,
    (start, end, hex, signal) => {
      if (hex && end - start >= 32 && (end - start) % 2 === 0) {
        add(start, end, hexText(text.slice(start, end)), "hex");
        return;
      }
      // Most runs are words: with no digit or symbol, only a Basic / auth field before them (a space,
      // a tab or a quote right before) makes them worth a look.
      if (!signal) {
        const before = text.charCodeAt(start - 1);
        if (before !== 32 && before !== 9 && before !== 34) return;
      }
      const basic = basicBefore(text, start);
      if (basic || authBefore(text, start)) {
        const decoded = base64Text(text.slice(start, end));
        const c = decoded === undefined ? undefined : credentials(decoded);
        add(
          start,
          end,
          c,
          basic ? "base64 (HTTP Basic credentials)" : "base64 (registry auth)",
          BASIC_PREFIX.slice(0, -1),
        );
        return;
      }
      // Words and identifiers are base64 alphabet too: a run needs a digit or a symbol to be worth decoding.
      if (!signal) return;
      const name = nameBefore(text, start);
      if (name === undefined && end - start < MIN_UNNAMED) return;
      const decoded = base64Text(text.slice(start, end));
      if (decoded === undefined) return;
      // A one-line value keeps its name (DB_PASSWORD=…); a document (.dockerconfigjson) is scanned as it is.
      const single = !decoded.includes("\n") && !/^\s*[{[]/.test(decoded);
      add(start, end, decoded, name ? `base64 (value of ${name})` : "base64", single ? name : undefined);
    },
    words,
  );
  // Percent-escapes: each token holding one is decoded once, as a whole (one pass over the '%'s).
  for (let i = text.indexOf("%"), next = 0; i !== -1; i = text.indexOf("%", Math.max(i + 1, next))) {
    if (!/^%[0-9A-Fa-f]{2}/.test(text.slice(i, i + 3))) continue;
    let start = i;
    while (start > 0 && i - start < MAX_TOKEN && !TOKEN_END.test(text[start - 1]!)) start--;
    let end = i;
    while (end < text.length && end - start < MAX_TOKEN && !TOKEN_END.test(text[end]!)) end++;
    next = end;
    // Only URLs (plain, or encoded whole) are percent-encoded on purpose; elsewhere "%33" is just
    // three characters of a value (Django's key alphabet holds '%').
    if (!URL_SHAPE.test(text.slice(start, end))) continue;
    add(start, end, percentText(text.slice(start, end)), "percent-encoding");
  }
  if (text.includes("\\u") || text.includes("\\x")) {
    for (const m of text.matchAll(ESCAPED)) {
      const v = m[1]!;
      add(m.index + 1, m.index + 1 + v.length, unescapeText(v), "string escapes");
    }
  }
  return out;
}

/**
 * Findings inside the fragment's encoded values, located at the encoded text. `detect` is the
 * detector without this stage; decoded text is decoded again up to MAX_DEPTH levels.
 */
export function decodedFindings(fragment: Fragment, detect: (fragment: Fragment) => Finding[], depth = 1): Finding[] {
  if (depth > MAX_DEPTH) return [];
  const values = encodedValues(fragment.text);
  if (values.length === 0) return [];
  const path = fragment.path.endsWith(DECODED_SUFFIX) ? fragment.path : fragment.path + DECODED_SUFFIX;
  const origin = fragment.path.endsWith(DECODED_SUFFIX)
    ? fragment.path.slice(0, -DECODED_SUFFIX.length)
    : fragment.path;
  const out: Finding[] = [];
  for (const v of values) {
    const inner: Fragment = { path, text: v.text, startLine: 1 };
    const found = [...detect(inner), ...decodedFindings(inner, detect, depth + 1)];
    for (const f of found) out.push(relocate(f, fragment, origin, v));
  }
  return out;
}

export const DECODED_NOTE = "found in a value decoded from ";
const inner = (notes: string[]) => {
  const n = notes.find((x) => x.startsWith(DECODED_NOTE));
  return n ? `, then ${n.slice(DECODED_NOTE.length)}` : "";
};

/** A finding in decoded text, moved to the encoded text it came from. */
function relocate(f: Finding, fragment: Fragment, path: string, v: EncodedValue): Finding {
  const text = fragment.text;
  const lineStart = (at: number) => text.lastIndexOf("\n", at - 1) + 1;
  const lineOf = (at: number) => {
    let n = 0;
    for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) n++;
    return n;
  };
  const ls = lineStart(v.start);
  const le = text.indexOf("\n", v.start);
  const line = lineOf(v.start);
  const endLine = line + (text.slice(v.start, v.end).split("\n").length - 1);
  const via = `${DECODED_NOTE}${v.via}`;
  const moved: Finding = {
    ...f,
    file: path,
    line: fragment.startLine + line,
    column: v.start - ls + 1,
    endLine: fragment.startLine + endLine,
    endColumn: v.end - lineStart(v.end) + 1,
    lineText: text
      .slice(ls, le === -1 ? text.length : le)
      .replace(/\r$/, "")
      .slice(0, 4096),
    fingerprint: fingerprint(f.ruleId, path, f.secret),
    // Decoded twice or more: the note lists the decodings from the outside in.
    notes: [...f.notes.filter((n) => !n.startsWith(DECODED_NOTE)), via + inner(f.notes)],
  };
  // The fix rewrites literals; a decoded value is not one, so no line is suggested.
  delete moved.remediation;
  if (fragment.commit) moved.commit = fragment.commit;
  if (fragment.author) moved.author = fragment.author;
  if (fragment.date) moved.date = fragment.date;
  return moved;
}

/**
 * Raw and decoded findings together. Where they overlap, the decoded one wins unless the raw one
 * comes from a more specific rule: the decoded value is what the text really holds. Decoded findings are
 * kept one per rule and secret, even when several sit in one encoded value (a JSON document).
 */
export function withDecoded(raw: Finding[], decoded: Finding[], priorityOf: (ruleId: string) => number): Finding[] {
  if (decoded.length === 0) return raw;
  const best = new Map<string, Finding>();
  for (const d of decoded) {
    const key = `${d.line}:${d.column}:${d.secret}`;
    const prev = best.get(key);
    if (!prev || priorityOf(d.ruleId) > priorityOf(prev.ruleId)) best.set(key, d);
  }
  // On a tie the raw finding stays, unless the same rule found both (the decoded value is then the real one).
  const wins = (r: Finding, d: Finding) =>
    priorityOf(r.ruleId) > priorityOf(d.ruleId) ||
    (priorityOf(r.ruleId) === priorityOf(d.ruleId) && r.ruleId !== d.ruleId);
  const kept = [...best.values()].filter((d) => !raw.some((r) => overlap(r, d) && wins(r, d)));
  const rest = raw.filter((r) => !kept.some((d) => overlap(r, d)));
  return [...rest, ...kept].sort((a, b) => a.line - b.line || a.column - b.column);
}

function overlap(a: Finding, b: Finding): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}
