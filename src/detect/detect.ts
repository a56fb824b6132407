// The detector: pure, (fragment, rules) → findings. No I/O.
// Order per rule: path filter → keyword prefilter → regex on a bounded window → secret group →
// length → literal-in-code → allowlists and stopwords → entropy → inline allow comment.
import type { Finding, Fragment, Rule, RuleSet, Scope } from "../types.js";
import { KeywordMatcher, type SavedMatcher } from "./keywords.js";
import { chosenPassword, entropyThreshold, shannon } from "./entropy.js";
import { isCode, isCodeScript } from "./filekind.js";
import { fingerprint } from "./fingerprint.js";
import { isAllowed } from "./allow.js";
import { resolveOverlaps } from "./overlap.js";
import { inPythonDocstring, isDoctestLine, lowered, scopeOf } from "./scope.js";
import { decodedFindings, withDecoded } from "./decode.js";

/** Lines up to this long are matched whole; longer ones (minified code) only around keyword hits. */
export const MAX_LINE = 4096;
/** Half-width of the window around a keyword hit on a long line. */
const HIT_RADIUS = 1024;
/** Inline comments that suppress a finding on their line (ours, plus peers' for easy migration). */
const ALLOW_MARKERS = ["leakproof:allow", "gitleaks:allow", "pragma: allowlist secret"];
/** How much of a fragment a rule's context regexes read. */
const CONTEXT_READ = 256 * 1024;
const QUOTES = new Set(["'", '"', "`"]);

export interface Detector {
  detect(fragment: Fragment): Finding[];
  readonly rules: readonly Rule[];
}

/** `prebuilt`: the keyword automaton the build made for the shipped rules, used if the keywords match. */
export function createDetector(set: RuleSet, prebuilt?: SavedMatcher): Detector {
  const { keywords, rulesOfKeyword } = keywordsOf(set);
  const unkeyed = set.rules.flatMap((rule, r) => (rule.keywords.length === 0 && rule.files.length === 0 ? [r] : []));
  const byPath = set.rules.flatMap((rule, r) => (rule.files.length > 0 ? [r] : []));
  const matcher = new KeywordMatcher(keywords, prebuilt);
  const priorityOf = new Map(set.rules.map((r) => [r.id, r.priority]));
  const keywordLength = keywords.map((k) => k.length);

  // What a path decides, kept for the next fragment: consecutive ones mostly share a file (a history's hunks).
  let known: PathFacts | undefined;
  const factsOf = (path: string): PathFacts => {
    if (known?.path !== path)
      known = {
        path,
        excluded: set.placeholders.paths.some((re) => re.test(path)),
        code: isCode(path),
        scope: scopeOf(path),
        byPath: byPath.filter((r) => set.rules[r]!.files.some((re) => re.test(path))),
      };
    return known;
  };

  // The decoding stage (decode.ts) runs the same detector on the values encoded in the fragment.
  const prio = (id: string) => priorityOf.get(id) ?? 0;
  // Paths the placeholders list excludes are tested once here; decoded values come from a fragment that passed.
  function detect(fragment: Fragment): Finding[] {
    if (factsOf(fragment.path).excluded) return [];
    const raw = detectRaw(fragment);
    const run = decodable(fragment);
    const decoded = run ? decodedFindings(run, detectRaw) : [];
    // A decoded value was scanned as a text of its own: where it sits (a docstring) is read here.
    for (const f of decoded) if (f.scope === undefined) scopeByPlace(f, fragment);
    return withDecoded(raw, decoded, prio);
  }

  /**
   * The text whose encoded values are decoded. A run shown with its context: only the run's own
   * lines (an encoded value lies on one line, so it never needs the lines around it), and nothing
   * when the run was scanned alone already; the unchanged lines around a run are not new.
   */
  function decodable(fragment: Fragment): Fragment | undefined {
    const c = fragment.context;
    if (!c) return fragment;
    if (c.runReported) return undefined;
    const lines = new LineIndex(fragment.text);
    const first = Math.max(0, c.from - fragment.startLine);
    const last = Math.min(lines.count - 1, c.to - fragment.startLine);
    if (last < first) return undefined;
    const run: Fragment = {
      ...fragment,
      text: fragment.text.slice(lines.start(first), lines.end(last)),
      startLine: fragment.startLine + first,
    };
    delete run.context;
    return run;
  }

  function scopeByPlace(f: Finding, fragment: Fragment): void {
    if (!/\.py[iw]?$/.test(fragment.path)) return;
    const lines = new LineIndex(fragment.text);
    const ln = f.line - fragment.startLine;
    if (ln < 0 || ln >= lines.count) return;
    if (!inPythonDocstring(fragment.text, lines.start(ln) + f.column - 1)) return;
    f.scope = "docs";
    f.severity = lowered(f.severity);
    f.valueFingerprint = fingerprint(f.ruleId, "", f.secret);
  }

  function detectRaw(fragment: Fragment): Finding[] {
    const { path, text } = fragment;
    const facts = factsOf(path);
    // By its extension (kept per path), or a script's #! line when the text starts the file.
    const code = facts.code || (fragment.startLine === 1 && isCodeScript(path, text));
    const pathScope = facts.scope;

    // Windows to run each rule on, as [start, end) offsets into text.
    const windows = new Map<number, Array<[number, number]>>();
    // The line around a hit, found locally (no line index unless a finding needs a line number).
    // Hits come in text order, so the last line found is reused until a hit falls past it.
    let ls = 0;
    let le = 0;
    let nl = -1; // the newline ending the current line (text.length for the last line); -1: none yet
    const lineAround = (hitStart: number) => {
      if (hitStart >= ls && hitStart <= nl) return;
      ls = hitStart === 0 ? 0 : text.lastIndexOf("\n", hitStart - 1) + 1;
      nl = text.indexOf("\n", hitStart);
      if (nl === -1) nl = text.length;
      le = nl > ls && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    };
    const addWindow = (r: number, hitStart: number, hitEnd: number) => {
      const rule = set.rules[r]!;
      let w: [number, number];
      if (rule.multiline) w = [ls, multilineWindowEnd(rule, le, hitEnd, text.length)];
      else if (le - ls <= MAX_LINE) w = [ls, le];
      else w = [Math.max(ls, hitStart - HIT_RADIUS), Math.min(le, hitEnd + HIT_RADIUS)];
      let list = windows.get(r);
      if (!list) windows.set(r, (list = []));
      const last = list[list.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else list.push(w);
    };

    const [kwFrom, kwTo] = fragment.context?.keywordsIn ?? [0, text.length];
    matcher.scan(
      text,
      (end, kws) => {
        for (const k of kws) {
          const hitStart = end - keywordLength[k]!;
          lineAround(hitStart);
          for (const r of rulesOfKeyword[k]!) addWindow(r, hitStart, end);
        }
      },
      kwFrom,
      kwTo,
    );
    let index: LineIndex | undefined;
    if (unkeyed.length > 0) {
      index = new LineIndex(text);
      for (let ln = 0; ln < index.count; ln++) {
        lineAround(index.start(ln));
        for (const r of unkeyed) addWindow(r, index.start(ln), index.start(ln));
      }
    }
    // Rules for files recognised by their path read the start of the file, keyword or not.
    for (const r of facts.byPath) windows.set(r, [[0, Math.min(text.length, set.rules[r]!.reach)]]);
    if (windows.size === 0) return [];
    const lines = () => (index ??= new LineIndex(text));

    const findings: Finding[] = [];
    const seen = new Set<string>();
    /** Fragment.context: findings the run alone gives (see needsContext). */
    let runOnly: Set<Finding> | undefined;
    const runRule = (r: number, list: Array<[number, number]>) => {
      const rule = set.rules[r]!;
      if (rule.paths.length > 0 && !rule.paths.some((re) => re.test(path))) return;
      if (rule.allowlist.paths.some((re) => re.test(path))) return;
      if (rule.context && !inContext(rule.context, path, text)) return;
      for (const [ws, we] of list) {
        const slice = text.slice(ws, we);
        for (const re of rule.regexes) {
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(slice)) !== null) {
            if (m[0].length === 0) re.lastIndex++;
            const found = secretOf(rule, m);
            if (!found) continue;
            const start = ws + found.start;
            const key = `${r}:${start}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const finding = check(rule, m, found.secret, start, fragment, lines, code, pathScope);
            if (!finding) continue;
            findings.push(finding);
            if (
              fragment.context &&
              !needsContext(fragment, lines(), ws + m.index, ws + m.index + m[0].length, start, found.secret.length)
            )
              (runOnly ??= new Set()).add(finding);
          }
        }
      }
    };
    if (fragment.context) runWithContext(fragment, windows, runRule, findings, lines);
    else for (const [r, list] of windows) runRule(r, list);
    const kept = resolveOverlaps(findings, (id) => priorityOf.get(id) ?? 0);
    // With context, the best finding of each place is chosen first (the run's own rules compete),
    // then only those that needed the context are kept: the run alone reported the others.
    const only = runOnly;
    return only ? kept.filter((f) => !only.has(f)) : kept;
  }

  function check(
    rule: Rule,
    m: RegExpExecArray,
    secret: string,
    start: number,
    fragment: Fragment,
    lineIndex: () => LineIndex,
    code: boolean,
    pathScope: Scope | undefined,
  ): Finding | undefined {
    if (secret.length < rule.minLength || secret.length > rule.maxLength) return undefined;
    const text = fragment.text;
    if (code && rule.literalInCode && !inStringLiteral(text, start, start + secret.length)) return undefined;
    // The value's own shape first: it costs a pass over the value, where the allowlists below are
    // dozens of regexes, each compiled on its first use (all of these are pure: order is cost only).
    if (rule.entropy && shannon(secret) < entropyThreshold(rule.entropy, secret)) {
      if (!rule.chosenPasswords || !chosenPassword(secret)) return undefined;
    }
    if (rule.entropy && typedRuns(secret)) return undefined;
    const name = m.groups?.name;
    if (isAllowed(rule.allowlist, secret, m[0], name)) return undefined;
    if (rule.skipPlaceholders && isAllowed(set.placeholders, secret, m[0], name)) return undefined;
    if (rule.skipPlaceholders && name !== undefined && spellsName(secret, name)) return undefined;

    const lines = lineIndex();
    const ln = lines.lineAt(start);
    const endLn = lines.lineAt(start + secret.length - 1);
    const lineText = text.slice(lines.start(ln), Math.min(lines.end(ln), lines.start(ln) + MAX_LINE));
    for (const l of new Set([ln, endLn])) {
      const t = text.slice(lines.start(l), lines.end(l));
      if (ALLOW_MARKERS.some((mk) => t.includes(mk))) return undefined;
    }
    const q = text[start - 1];
    const quoted = q !== undefined && QUOTES.has(q) && text[start + secret.length] === q ? 1 : 0;
    const finding: Finding = {
      ruleId: rule.id,
      file: fragment.path,
      line: fragment.startLine + ln,
      // The location is the value as written: a quoted literal starts at its opening quote.
      column: start - quoted - lines.start(ln) + 1,
      endLine: fragment.startLine + endLn,
      endColumn: start + secret.length + quoted - lines.start(endLn) + 1,
      secret,
      lineText,
      fingerprint: fingerprint(rule.id, fragment.path, secret),
      severity: rule.severity,
      message: rule.description,
      notes: [],
    };
    if (name) finding.name = name;
    const python = /\.py[iw]?$/.test(fragment.path);
    const docs = isDoctestLine(lineText) || (python && inPythonDocstring(text, start));
    const scope = pathScope ?? (docs ? "docs" : undefined);
    if (scope) {
      finding.scope = scope;
      finding.severity = lowered(rule.severity);
      finding.valueFingerprint = fingerprint(rule.id, "", secret);
    }
    if (fragment.commit) finding.commit = fragment.commit;
    if (fragment.author) finding.author = fragment.author;
    if (fragment.date) finding.date = fragment.date;
    return finding;
  }

  /**
   * A run shown with its context (Fragment.context): a one-line rule's finding on a line outside
   * the run is dropped after overlaps are resolved (needsContext), so it can change the outcome only
   * by outdoing an overlapping finding that is kept, which reaches into the run from that line: a
   * multi-line one. So the multi-line rules run first, and a one-line rule's windows outside the
   * run only on lines their findings cover. Findings keep the order of a plain run (ties in
   * resolveOverlaps go by it); the outcome is the same, for a fraction of the regex work (most of
   * a context is unchanged lines).
   */
  function runWithContext(
    fragment: Fragment,
    windows: Map<number, Array<[number, number]>>,
    runRule: (r: number, list: Array<[number, number]>) => void,
    findings: Finding[],
    lines: () => LineIndex,
  ): void {
    const { from, to } = fragment.context!;
    const oneLine = (r: number) => !set.rules[r]!.multiline && set.rules[r]!.files.length === 0;
    const early = new Map<number, Finding[]>();
    const spans: Array<[number, number]> = [];
    for (const [r, list] of windows) {
      if (oneLine(r)) continue;
      const before = findings.length;
      runRule(r, list);
      const found = findings.splice(before);
      early.set(r, found);
      for (const f of found) spans.push([f.line, f.endLine]);
    }
    const needed = (ws: number) => {
      const line = fragment.startLine + lines().lineAt(ws);
      return (line >= from && line <= to) || spans.some(([a, b]) => line >= a && line <= b);
    };
    for (const [r, list] of windows) {
      const found = early.get(r);
      if (found) for (const f of found) findings.push(f);
      else {
        const kept = list.filter(([ws]) => needed(ws));
        if (kept.length > 0) runRule(r, kept);
      }
    }
  }

  return { detect, rules: set.rules };
}

/** Where a multi-line rule's window from a keyword ends: `reach` past it, at least its line's end, at most `limit`. */
export function multilineWindowEnd(rule: Rule, lineEnd: number, hitEnd: number, limit: number): number {
  return Math.min(limit, Math.max(lineEnd, hitEnd + rule.reach));
}

interface PathFacts {
  path: string;
  /** The placeholders list excludes the path. */
  excluded: boolean;
  code: boolean;
  scope: Scope | undefined;
  /** Rules for files recognised by their path that this one is. */
  byPath: number[];
}

/** A rule's context holds: its path says so, or (bounded to the fragment's first 256 KiB) its text does. */
function inContext(context: NonNullable<Rule["context"]>, path: string, text: string): boolean {
  if (context.paths.some((re) => re.test(path))) return true;
  const head = text.length > CONTEXT_READ ? text.slice(0, CONTEXT_READ) : text;
  return context.text.some((re) => re.test(head));
}

/**
 * For a run of added lines shown with context (Fragment.context): the secret lies on an added line
 * and, when the run was also scanned alone, the match reaches beyond it (it needed the lines around).
 */
function needsContext(
  fragment: Fragment,
  lines: LineIndex,
  matchStart: number,
  matchEnd: number,
  secretStart: number,
  secretLength: number,
): boolean {
  const { from, to, runReported } = fragment.context!;
  const at = (offset: number) => fragment.startLine + lines.lineAt(offset);
  const secretFirst = at(secretStart);
  const secretLast = at(secretStart + Math.max(0, secretLength - 1));
  if (secretLast < from || secretFirst > to) return false;
  if (!runReported) return true;
  // A left boundary such as (?:^|[^A-Za-z0-9_]) may take the line break before the match: that is not context.
  const text = fragment.text;
  let first = matchStart;
  while (first < matchEnd - 1 && (text.charCodeAt(first) === 10 || text.charCodeAt(first) === 13)) first++;
  return at(first) < from || at(Math.max(first, matchEnd - 1)) > to;
}

/**
 * A short value typed as runs of consecutive characters (abcdef123456, qrstuv7890): all its
 * characters differ, so entropy rates it random, but it is an example someone typed.
 */
function typedRuns(secret: string): boolean {
  if (secret.length > 20) return false;
  let steps = 0;
  for (let i = 1; i < secret.length; i++) if (secret.charCodeAt(i) - secret.charCodeAt(i - 1) === 1) steps++;
  return steps >= 0.6 * (secret.length - 1);
}

/**
 * A value that spells out the name it is assigned to is an identifier or a label made from that
 * name ('must_change_passwd' => 'field_must_change_passwd'), not a credential.
 */
function spellsName(secret: string, name: string): boolean {
  const core = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return (
    core.length >= 6 &&
    secret
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .includes(core)
  );
}

/** A call, a block, a statement's end, a list or an assignment (base64 padding at the end is not one). */
const CODE_PUNCTUATION = /[(){};,]|=(?!=*$)/;

/**
 * In source code a secret is a string literal: either the whole literal ('…' closed by the same
 * quote), or the tail of one ("Bearer …") closed by a quote that opened earlier on the line.
 * An unquoted value is an expression; a quote that only precedes it closes another string.
 */
function inStringLiteral(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  let after = text[end] ?? "";
  // Closed by an escaped quote: code inside a string (notebook JSON, Gradle buildConfigField).
  if (after === "\\" && QUOTES.has(text[end + 1] ?? "")) after = text[end + 1]!;
  if (!QUOTES.has(after)) return false;
  if (before === after) return true;
  // The tail of a literal ("Bearer …", "…?token=…") holds no code punctuation; a value that does was
  // cut from code, and the quote count below was misled (a regex literal or a quote character in minified code).
  if (CODE_PUNCTUATION.test(text.slice(start, end))) return false;
  // Count the line's unescaped quotes before the value, jumping from quote to quote (minified lines are long).
  const head = text.slice(text.lastIndexOf("\n", start) + 1, start);
  let open = 0;
  for (let i = head.indexOf(after); i !== -1; i = head.indexOf(after, i + 1)) if (head[i - 1] !== "\\") open++;
  return open % 2 === 1;
}

/** The distinct keywords of a rule set, in rule order, and which rules each one triggers. */
export function keywordsOf(set: RuleSet): { keywords: string[]; rulesOfKeyword: number[][] } {
  const keywords: string[] = [];
  const rulesOfKeyword: number[][] = [];
  const index = new Map<string, number>();
  set.rules.forEach((rule, r) => {
    for (const kw of rule.keywords) {
      let k = index.get(kw);
      if (k === undefined) {
        k = keywords.push(kw) - 1;
        index.set(kw, k);
        rulesOfKeyword.push([]);
      }
      rulesOfKeyword[k]!.push(r);
    }
  });
  return { keywords, rulesOfKeyword };
}

/** The secret of a match: the rule's secretGroup, else the group named `secret`, else group 1, else all. */
function secretOf(rule: Rule, m: RegExpExecArray): { secret: string; start: number } | undefined {
  const indices = m.indices!;
  let g: number | undefined = rule.secretGroup;
  let span: [number, number] | undefined;
  if (g === undefined && indices.groups?.secret) span = indices.groups.secret;
  else {
    g ??= m.length > 1 ? 1 : 0;
    span = indices[g];
  }
  if (!span) return undefined;
  const secret = m.input.slice(span[0], span[1]);
  return secret.length > 0 ? { secret, start: span[0] } : undefined;
}

/** Line starts of a text, built once per fragment and only when a keyword hit needs them. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  get count(): number {
    return this.starts.length;
  }
  start(line: number): number {
    return this.starts[line]!;
  }
  /** End of the line's content, before "\r\n" or "\n". */
  end(line: number): number {
    let e = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    if (e > this.start(line) && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
