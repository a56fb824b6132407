// Whether a changed run could need the lines around it, decided from the run alone (before its
// file is read). A multi-line rule's match can reach into a run from a keyword outside it only
// through the part of its regex after a line break: `KEY[\s\S]{0,40}?[^a-z0-9](?<secret>[a-z0-9]{80})`
// leaves `[a-z0-9]{80}` on the run's lines, `value:[ \t]{0,4}["']?(?<secret>…)` a `value:` line.
// That part is taken from each regex once (its elements after the last one that can consume a
// line break, up to the secret), run on the run and its secret held to the rule's own length and
// entropy bars. A run holding a multi-line rule's keyword may need the lines after it. Pure.
import { createRequire } from "node:module";
import type { AST } from "@eslint-community/regexpp";
import type { Allowlist, Rule, RuleSet } from "../types.js";
import { isAllowed } from "./allow.js";
import { keywordsOf } from "./detect.js";
import { chosenPassword, entropyThreshold, shannon } from "./entropy.js";
import { isCode } from "./filekind.js";
import { KeywordMatcher } from "./keywords.js";

const QUOTES = new Set(["'", '"', "`"]);

/** An allowlist's parts that read the secret alone. */
const byValue = (list: Allowlist): Allowlist => ({ ...list, matchRegexes: [], names: [] });

type Regexpp = typeof import("@eslint-community/regexpp");
type Analysis = typeof import("regexp-ast-analysis");

/** A run as the patch gave it. */
export interface RunText {
  path: string;
  text: string;
}

/** One regex's part past a line break, and the rules (with their bars) whose secret it holds. */
interface Piece {
  re: RegExp;
  /** The secret's characters (index into the run's classes) and least length, when all are ASCII and not spaces. */
  run?: { cls: number; min: number };
  /** The secret's capture group in `re` (its number), or the group named `secret`. */
  group: number | "secret";
  rules: Rule[];
}

/**
 * A secret spread over lines (a key block): a line of it holds only the characters of its long
 * runs (the body), or starts the text that closes it (`-----END`).
 */
interface Spread {
  chars: Uint8Array;
  closers: string[];
}

export function contextNeedOf(set: RuleSet): (run: RunText) => boolean {
  const multi = set.rules.filter((r) => r.multiline && r.files.length === 0);
  const byPath = set.rules.filter((r) => r.files.length > 0);
  // A multi-line rule without keywords reads every line: any run may need context.
  if (multi.some((r) => r.keywords.length === 0)) return () => true;
  if (multi.length === 0 && byPath.length === 0) return () => false;
  // Keywords in the run: a multi-line rule's window may run past its end; a rule's `context` (`from
  // flask`) is told by the file's text, not the run's.
  const keyed = set.rules.filter((r) => (r.multiline && r.files.length === 0) || (r.context?.text.length ?? 0) > 0);
  let matcher: KeywordMatcher | undefined;
  let pieces: Piece[] | undefined;
  let spreads: Spread[] | undefined;
  let classes: Uint8Array[] = [];
  let anyClass = new Uint8Array(128);
  let shortest = 1;

  return ({ path, text }) => {
    if (byPath.some((r) => r.files.some((re) => re.test(path)))) return true;
    matcher ??= new KeywordMatcher(keywordsOf({ ...set, rules: keyed }).keywords);
    let hit = false;
    matcher.scan(text, () => (hit = true), 0, text.length);
    if (hit) return true;
    if (!pieces) {
      ({ pieces, spreads, classes } = derive(multi));
      anyClass = new Uint8Array(128);
      for (const c of classes) for (let i = 0; i < 128; i++) if (c[i] === 1) anyClass[i] = 1;
      shortest = Math.min(...pieces.map((p) => p.run?.min ?? 0).filter((n) => n > 0));
    }
    for (const s of spreads!) if (spreadIn(text, s)) return true;
    const code = isCode(path);
    // Whether the run has a long enough run of a secret's characters, per class (-1: not known yet).
    const longest = new Int32Array(classes.length).fill(-1);
    // The stretches of any secret's characters long enough for the shortest secret, found once.
    let stretches: number[] | undefined;
    let widest = 0;
    const cheap = (p: Piece) => {
      if (!p.run) return true;
      const { cls, min } = p.run;
      if (!stretches) {
        stretches = longRuns(text, anyClass, shortest);
        for (let k = 0; k < stretches.length; k += 2) widest = Math.max(widest, stretches[k + 1]! - stretches[k]!);
      }
      // A class's runs lie within the stretches: none long enough, no need to look.
      if (min > widest) return false;
      if (longest[cls] === -1) longest[cls] = longestRun(text, classes[cls]!, stretches);
      return longest[cls]! >= min;
    };
    for (const p of pieces) if (cheap(p) && pieceIn(text, code, p, set.placeholders)) return true;
    return false;
  };
}

function pieceIn(text: string, code: boolean, p: Piece, placeholders: Allowlist): boolean {
  p.re.lastIndex = 0;
  // Every start (not only after the last match): the real match may begin inside another.
  for (let m; (m = p.re.exec(text)) !== null; p.re.lastIndex = m.index + 1) {
    const span = p.group === "secret" ? m.indices!.groups?.secret : m.indices![p.group];
    if (span === undefined) continue;
    const secret = text.slice(span[0], span[1]);
    // In code a literal-only rule's value is closed by a quote (detect.ts inStringLiteral).
    const quoted = QUOTES.has(text[span[1]] ?? "") || (text[span[1]] === "\\" && QUOTES.has(text[span[1] + 1] ?? ""));
    for (const rule of p.rules)
      if ((quoted || !code || !rule.literalInCode) && passesBars(rule, secret, placeholders)) return true;
  }
  return false;
}

/**
 * The detector's bars on a secret's own text (length, allowlists by value, placeholders, entropy;
 * detect.ts check); those that read the whole match or its name can only drop more.
 */
function passesBars(rule: Rule, secret: string, placeholders: Allowlist): boolean {
  if (secret.length < rule.minLength || secret.length > rule.maxLength) return false;
  if (isAllowed(byValue(rule.allowlist), secret, "", undefined)) return false;
  if (rule.skipPlaceholders && isAllowed(byValue(placeholders), secret, "", undefined)) return false;
  if (rule.entropy && shannon(secret) < entropyThreshold(rule.entropy, secret))
    return rule.chosenPasswords && chosenPassword(secret);
  return true;
}

/** Whether a line of the text could be inside a spread secret, or one closes it. */
function spreadIn(text: string, s: Spread): boolean {
  if (s.closers.some((c) => text.includes(c))) return true;
  for (let at = 0; at < text.length;) {
    let nl = text.indexOf("\n", at);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (text.charCodeAt(end - 1) === 13) end--;
    let whole = end > at;
    for (let i = at; i < end && whole; i++) whole = inSet(s.chars, text.charCodeAt(i));
    if (whole && bodyToken(text, at, end, s.chars)) return true;
    at = nl + 1;
  }
  return false;
}

/**
 * Whether text[start, end) has a token of a body's characters (no spaces) that couldHoldSecret
 * (src/git/context.ts) would take: 10+ characters mixing letters and digits with entropy >= 3,
 * or 32+ with entropy >= 4.
 */
function bodyToken(text: string, from: number, to: number, chars: Uint8Array): boolean {
  let i = from;
  const token = (c: number) => c !== 32 && c !== 9 && inSet(chars, c);
  while (i < to) {
    while (i < to && !token(text.charCodeAt(i))) i++;
    const start = i;
    let digit = false;
    let letter = false;
    for (; i < to && token(text.charCodeAt(i)); i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digit = true;
      else if ((c | 32) >= 97 && (c | 32) <= 122) letter = true;
    }
    const len = i - start;
    if (len < 10) continue;
    const t = text.slice(start, Math.min(i, start + 400));
    if (digit && letter ? shannon(t) >= 3 : len >= 32 && shannon(t) >= 4) return true;
  }
  return false;
}

/** [start, end) pairs of the text's runs of characters in the class at least `min` long. */
function longRuns(text: string, chars: Uint8Array, min: number): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < 128 && chars[c] === 1) continue;
    if (i - start >= min) out.push(start, i);
    start = i + 1;
  }
  return out;
}

/** The longest run of the text's characters in the class, within the given stretches. */
function longestRun(text: string, chars: Uint8Array, stretches: readonly number[]): number {
  let best = 0;
  for (let k = 0; k < stretches.length; k += 2) {
    let n = 0;
    for (let i = stretches[k]!; i < stretches[k + 1]!; i++) {
      const c = text.charCodeAt(i);
      if (chars[c] === 1) {
        if (++n > best) best = n;
      } else n = 0;
    }
  }
  return best;
}

const inSet = (chars: Uint8Array, c: number) => c < 128 && chars[c] === 1;

// --- deriving the pieces -----------------------------------------------------------------------

let libs: { regexpp: Regexpp; analysis: Analysis } | undefined;

function load(): NonNullable<typeof libs> {
  if (libs) return libs;
  // The regex parser and analyser load on first use (dist/cli/vendor.cjs), as in src/rules/linear.ts.
  const require = createRequire(import.meta.url);
  return (libs = {
    regexpp: require("@eslint-community/regexpp") as Regexpp,
    analysis: require("regexp-ast-analysis") as Analysis,
  });
}

/** Spread secrets' long runs: at least this many characters (a key body), not a header's optional text. */
const SPREAD_MIN = 16;

/** A character class in regex source for a set (code points), without the line break. */
function classSource(ranges: ReadonlyArray<{ min: number; max: number }>): string {
  const esc = (c: number) => (c <= 0xffff ? `\\u${c.toString(16).padStart(4, "0")}` : `\\u{${c.toString(16)}}`);
  const parts: string[] = [];
  for (const { min, max } of ranges) {
    // Split around \n.
    if (min <= 10 && max >= 10) {
      if (min < 10) parts.push(`${esc(min)}-${esc(9)}`);
      if (max > 10) parts.push(`${esc(11)}-${esc(max)}`);
    } else parts.push(min === max ? esc(min) : `${esc(min)}-${esc(max)}`);
  }
  return `[${parts.join("")}]`;
}

function derive(rules: readonly Rule[]): { pieces: Piece[]; spreads: Spread[]; classes: Uint8Array[] } {
  const { regexpp, analysis } = load();
  const parser = new regexpp.RegExpParser({ ecmaVersion: 2022 });
  const pieces = new Map<string, Piece>();
  const spreads = new Map<string, Spread>();
  const classes = new Map<string, Uint8Array>();
  const classOf = (chars: Uint8Array): number => {
    const key = String(chars);
    if (!classes.has(key)) classes.set(key, chars);
    return [...classes.keys()].indexOf(key);
  };
  const always = (): void => void spreads.set("all", { chars: new Uint8Array(128).fill(1), closers: [] });
  for (const rule of rules) {
    for (const re of rule.regexes) {
      const flags = re.flags.replace(/[dgmy]/g, "");
      const literal = parser.parseLiteral(`/${re.source}/${flags}`);
      const aflags = literal.flags;
      const consumed = (e: AST.Node) => analysis.getConsumedChars(e as AST.Element, aflags).chars;
      // Lines are counted by \n (a lone \r does not end one).
      const lineBreak = (e: AST.Node) => consumed(e).has(10);
      const groups: AST.CapturingGroup[] = [];
      regexpp.visitRegExpAST(literal, { onCapturingGroupEnter: (g) => void groups.push(g) });
      const secretNode: AST.Node =
        rule.secretGroup !== undefined
          ? rule.secretGroup === 0
            ? literal.pattern
            : groups[rule.secretGroup - 1]!
          : (groups.find((g) => g.name === "secret") ?? groups[0] ?? literal.pattern);
      // Source text of [a, b), every capturing group made plain but the secret's (named `secret`):
      // parts are repeated, and a name may appear once.
      const raw = (a: number, b: number): string => {
        let out = "";
        let at = a;
        for (const g of groups) {
          if (g.start < at || g.start >= b) continue;
          out += literal.pattern.raw.slice(at - literal.pattern.start, g.start - literal.pattern.start);
          out += g === secretNode ? "(?<secret>" : "(?:";
          at = g.start + (g.name !== null ? g.name.length + 4 : 1);
        }
        return out + literal.pattern.raw.slice(at - literal.pattern.start, b - literal.pattern.start);
      };
      /** An element that may not take a line break: a class less \n, else as written (more, never less). */
      const noBreak = (e: AST.Node): string =>
        e.type === "CharacterClass" || e.type === "CharacterSet" || e.type === "Character"
          ? classSource(consumed(e).without({ min: 10, max: 10 }).ranges)
          : raw(e.start, e.end);
      /** What an element can match after the last line break it takes (none: it takes none). */
      const lineSuffixes = (e: AST.Node): string[] => {
        if (!lineBreak(e)) return [];
        switch (e.type) {
          case "Quantifier": {
            const more = e.max <= 1 ? "" : `(?:${noBreak(e.element)})${e.max === Infinity ? "*" : `{0,${e.max - 1}}`}`;
            return lineSuffixes(e.element).map((t) => t + more);
          }
          case "Group":
          case "CapturingGroup":
            return e.alternatives.flatMap((a) => sequenceSuffixes(a.elements));
          default:
            return [""];
        }
      };
      const sequenceSuffixes = (els: readonly AST.Element[]): string[] =>
        els.flatMap((e, j) =>
          lineSuffixes(e).map((t) => t + (j + 1 < els.length ? raw(els[j + 1]!.start, els.at(-1)!.end) : "")),
        );
      for (const alt of literal.pattern.alternatives) {
        if (!(secretNode.start >= alt.start && secretNode.end <= alt.end)) continue;
        const s = alt.elements.findIndex((e) => secretNode.start >= e.start && secretNode.end <= e.end);
        const holder = s === -1 ? undefined : alt.elements[s]!;
        if (
          secretNode === literal.pattern ||
          !holder ||
          lineBreak(secretNode) ||
          (holder !== secretNode && lineBreak(holder))
        ) {
          // The secret itself spans lines: its long runs' characters (spaces too, not line breaks),
          // and the literal text after each (`-----END `).
          const chars = new Uint8Array(128);
          const closers: string[] = [];
          let found = false;
          regexpp.visitRegExpAST(literal, {
            onQuantifierEnter: (q) => {
              if (q.start < secretNode.start || q.end > secretNode.end || q.min < SPREAD_MIN) return;
              const set = consumed(q.element);
              for (let c = 0; c < 128; c++) if (c !== 10 && set.has(c)) chars[c] = 1;
              found = true;
              if (q.parent.type !== "Alternative") return;
              let closer = "";
              for (const e of q.parent.elements.slice(q.parent.elements.indexOf(q) + 1)) {
                if (e.type !== "Character" || (aflags.ignoreCase && /[a-z]/i.test(e.raw))) break;
                closer += String.fromCodePoint(e.value);
              }
              if (closer.trim().length >= 3) closers.push(closer.trim());
            },
          });
          if (!found) always();
          else {
            const key = `${String(chars)}/${closers.join("/")}`;
            spreads.set(key, { chars, closers });
          }
          continue;
        }
        // After the secret, up to the first element that can take a line break: on the secret's line,
        // then the next character (or the line's end).
        let last: AST.Element = holder;
        for (let k = s + 1; k < alt.elements.length && !lineBreak(alt.elements[k]!); k++) last = alt.elements[k]!;
        const look = analysis.getFirstCharAfter(last, "ltr", aflags);
        const nextChars = look.char.without({ min: 10, max: 10 });
        const lookahead = look.char.union([{ min: 10, max: 10 }]).isAll
          ? ""
          : nextChars.isEmpty
            ? "(?=$)"
            : `(?=${classSource(nextChars.ranges)}|$)`;
        const body = raw(holder.start, last.end) + lookahead;
        // Where the run's first line can start: after the last line break the part before the
        // secret takes, then what is left of it; none: the whole match is on the run's line.
        const before = alt.elements.slice(0, s);
        const heads = before.some(lineBreak)
          ? sequenceSuffixes(before).map((t) => `^${t}`)
          : [raw(alt.start, holder.start)];
        const secretChars = consumed(secretNode);
        let run: Piece["run"];
        if (secretChars.ranges.every((r) => r.max < 128) && ![9, 10, 13, 32].some((c) => secretChars.has(c))) {
          const chars = new Uint8Array(128);
          for (const r of secretChars.ranges) for (let c = r.min; c <= r.max; c++) chars[c] = 1;
          run = { cls: classOf(chars), min: analysis.getLengthRange(secretNode as AST.Element, aflags).min };
        }
        for (const head of heads) {
          const source = head + body;
          const key = `${flags}/${source}`;
          const piece = pieces.get(key);
          if (piece) piece.rules.push(rule);
          else
            pieces.set(key, {
              re: new RegExp(source, flags + "dgm"),
              group: "secret",
              rules: [rule],
              ...(run ? { run } : {}),
            });
        }
      }
    }
  }
  return { pieces: [...pieces.values()], spreads: [...spreads.values()], classes: [...classes.values()] };
}
