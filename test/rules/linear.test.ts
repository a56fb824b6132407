// Every shipped regex must run in linear time on adversarial input. Three guarantees together:
// - the detector runs each regex only on a bounded window (a line up to MAX_LINE, or a window
//   around a keyword hit), so the work per window is bounded;
// - no regex can backtrack super-linearly within a window: checked statically (src/rules/linear.ts,
//   the same check that refuses a user's rules), bounded quantifiers included: `{1,200}` next to
//   `{0,400}?` is 80,000 steps per position, which the plain scslre check let through
//   (connection-string-password ran at 0.018 MB/s on `pwd=` then ` Host=a` repeated);
// - measured: every rule runs on 1 MB of adversarial lines built from its own keywords and the
//   literal parts of its regex, and long lines must cost about what the same text costs cut into
//   short lines (a short line caps any backtracking). Ratios of CPU time in one process, never an
//   absolute time, so a slow or busy machine does not change the verdict.
import { describe, expect, it } from "vitest";
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import { loadRuleDir } from "../../src/rules/load.js";
import { backtrackingProblems } from "../../src/rules/linear.js";
import type { Rule } from "../../src/types.js";

const set = loadRuleDir();
const parser = new RegExpParser({ ecmaVersion: 2022 });

describe("shipped regexes", () => {
  const all = set.rules.flatMap((r) => [
    ...r.regexes.map((re, i) => [`${r.id}#${i}`, re] as const),
    // Context regexes read a whole fragment (its first 256 KiB), not a window.
    ...(r.context?.text ?? []).map((re, i) => [`${r.id} context.text#${i}`, re] as const),
  ]);
  it.each(all)("%s cannot backtrack super-linearly", (_name, re) => {
    expect(backtrackingProblems(re.source, re.flags)).toEqual([]);
  });

  it("every rule has keywords, so its regex runs only where one occurs, or files it reads", () => {
    expect(set.rules.filter((r) => r.keywords.length === 0 && r.files.length === 0).map((r) => r.id)).toEqual([]);
  });

  it("the static check refuses the regex connection-string-password had (it backtracked 200 × 400 steps a position)", () => {
    const old = `(?:^|[^A-Za-z0-9])(?:Server|Host)\\s{0,2}=[^;"'\`\\n]{1,200}[^"'\`\\n]{0,400}?;\\s{0,2}(?:Password|Pwd)\\s{0,2}=\\s{0,2}(?<secret>[^;"'\`\\s]{1,200})`;
    expect(backtrackingProblems(old, "i").join()).toMatch(/80000 steps/);
  });
});

/** The literal runs of a rule's regexes ("Host", "Password=", "-----BEGIN") and its single literal characters. */
function pieces(rule: Rule): string[] {
  const out = new Set<string>(rule.keywords);
  for (const re of rule.regexes) {
    const literal = parser.parseLiteral(`/${re.source}/${re.flags.replace(/[gd]/g, "")}`);
    visitRegExpAST(literal, {
      onAlternativeEnter(a) {
        let run = "";
        for (const el of a.elements) {
          if (el.type === "Character") run += String.fromCodePoint(el.value);
          else {
            if (run) out.add(run);
            run = "";
          }
        }
        if (run) out.add(run);
      },
    });
  }
  return [...out].filter((p) => p.length > 0 && !p.includes("\n")).slice(0, 24);
}

/**
 * CPU time (µs) of running a rule's regexes as the detector does: over each line (a window), or
 * over the whole text (a long line's merged windows, a multi-line rule's reach). The best of two.
 */
function cost(rule: Rule, windows: readonly string[]): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = process.cpuUsage();
    for (const w of windows)
      for (const re of rule.regexes) {
        re.lastIndex = 0;
        for (let m = re.exec(w); m !== null; m = re.exec(w)) if (m[0].length === 0) re.lastIndex++;
      }
    const d = process.cpuUsage(t);
    best = Math.min(best, d.user + d.system);
  }
  return Math.max(best, 1);
}

/** About `total` characters of lines, each the keyword then units up to `width`. */
function lines(kw: string, unit: string, width: number, total: number): string[] {
  let line = kw;
  while (line.length + unit.length <= width) line += unit;
  const out: string[] = [];
  for (let n = 0; n < total; n += line.length + 1) out.push(line);
  return out;
}

const MB = 1 << 20;
/**
 * How much more a long line may cost than the same text in short lines. A linear regex whose
 * bounded runs short lines cut off ({0,30}name{0,20}, {20,200}) costs up to ~60× more; the
 * backtracking connection-string-password regex cost 300× more at 256 KB, and more with size.
 */
const MAX_RATIO = 100;

describe("1 MB adversarial lines for every rule", () => {
  it.each(set.rules.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
    // The worst unit for this rule, picked on 4 KB lines.
    // A rule for files known by their path has no keyword: it reads the start of the file.
    let worst = { unit: "", kw: rule.keywords[0] ?? "", cost: -1 };
    const kw = rule.keywords[0] ?? "";
    for (const p of pieces(rule))
      for (const sep of ["", " ", ";"])
        for (const filler of ["a", "=a"]) {
          const unit = sep + p + filler;
          const c = cost(rule, lines(kw, unit, 4000, 16000));
          if (c > worst.cost) worst = { unit, kw, cost: c };
        }
    const { unit } = worst;
    const oneLine = cost(rule, [lines(kw, unit, MB, MB).join("")]);
    if (rule.multiline || rule.files.length > 0) {
      // A multi-line rule reads past the line, so short lines bound nothing: compare sizes instead.
      const quarter = cost(rule, [lines(kw, unit, MB / 4, MB / 4).join("")]);
      const why = `${rule.id} on ${JSON.stringify(kw + unit + unit)}…: 256 KB ${quarter} µs, 1 MB ${oneLine} µs`;
      expect(oneLine, why).toBeLessThan(4 * 4 * quarter + 10_000); // + 10 ms: microsecond runs are noise
      return;
    }
    const short = cost(rule, lines(kw, unit, 64, MB));
    const long = cost(rule, lines(kw, unit, 4000, MB));
    const why = `${rule.id} on ${JSON.stringify(kw + unit + unit)}…: 64-character lines ${short} µs, 4000-character lines ${long} µs, one 1 MB line ${oneLine} µs`;
    expect(long / short, why).toBeLessThan(MAX_RATIO);
    expect(oneLine / short, why).toBeLessThan(MAX_RATIO);
  });
});
