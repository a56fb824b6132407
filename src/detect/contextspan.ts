// Where in a run's context keywords matter. A multi-line rule reads from the line of its keyword up
// to `reach` characters past it, so around a run of changed lines only keywords whose window reaches
// into the run (from before it, or past its end from inside it) can change what is found there. The
// largest reach (a private key block, 16 KiB) is far more than most windows need: the span is the
// union of those windows, and none at all when no multi-line keyword is near. Pure.
import type { ContextSpan, RuleSet } from "../types.js";
import { keywordsOf, multilineWindowEnd } from "./detect.js";
import { KeywordMatcher } from "./keywords.js";

/** The span a run of a file needs from its context (see ContextSpan), for this rule set. */
export function contextSpanOf(set: RuleSet): ContextSpan {
  const multi = set.rules.flatMap((r, i) => (r.multiline && r.files.length === 0 ? [i] : []));
  // A multi-line rule that needs no keyword reads every line; path rules read a file's start: take all, as before.
  const everyLine = multi.some((r) => set.rules[r]!.keywords.length === 0);
  const byPath = set.rules.filter((r) => r.files.length > 0);
  // Only the multi-line rules' keywords: built on first use (most scans never need it).
  let matcher: KeywordMatcher | undefined;
  let rulesOf: number[][] = [];
  // Keywords of the few rules that read far (private key blocks: 16 KiB), looked for by a regex
  // farther than NEAR before the run: a literal search is several times faster than the
  // automaton over the ~16 KiB before each run, and all others' windows end before the run there.
  const farKeywords = [...new Set(multi.flatMap((r) => (set.rules[r]!.reach > NEAR ? set.rules[r]!.keywords : [])))];
  const far = farKeywords.length > 0 ? new RegExp(farKeywords.map(escapeRegex).join("|"), "gi") : undefined;
  let longest = 0;
  const build = () => {
    // The keywords of the multi-line rules alone, each with its rules' indices in the whole set.
    const own = keywordsOf({ ...set, rules: multi.map((r) => set.rules[r]!) });
    rulesOf = own.rulesOfKeyword.map((list) => list.map((i) => multi[i]!));
    longest = Math.max(0, ...own.keywords.map((k) => k.length));
    return new KeywordMatcher(own.keywords);
  };

  return (path, text, [fullStart, fullEnd], [start, end]) => {
    if (everyLine || byPath.some((r) => r.files.some((re) => re.test(path)))) return [fullStart, fullEnd];
    if (multi.length === 0) return undefined;
    matcher ??= build();
    const keywords = matcher.keywords;
    let from = start;
    let to = end;
    let needed = false;
    // Keywords from the widest context's start up to the run's end: a keyword after the run starts a window after it.
    const onHit = (at: number, kws: readonly number[]) => {
      for (const k of kws) {
        const hitStart = at - keywords[k]!.length;
        const ls = text.lastIndexOf("\n", hitStart - 1) + 1;
        let le = text.indexOf("\n", hitStart);
        if (le === -1 || le > fullEnd) le = fullEnd;
        for (const r of rulesOf[k]!) {
          const rule = set.rules[r]!;
          // The detector's window for this hit, within the widest context.
          const windowEnd = multilineWindowEnd(rule, le, at, fullEnd);
          if (windowEnd <= start) continue;
          // A keyword in the run whose window ends in it: the run alone holds it.
          if (hitStart >= start && windowEnd <= end) continue;
          needed = true;
          if (ls < from) from = ls;
          if (windowEnd > to) to = windowEnd;
        }
      }
    };
    // Near the run every multi-line keyword; farther only the far-reading ones' lines (hits are
    // taken where regions overlap twice, to no effect).
    const nearStart = Math.max(fullStart, start - NEAR - longest);
    if (far && nearStart > fullStart) {
      const head = text.slice(fullStart, Math.min(end, nearStart + longest));
      far.lastIndex = 0;
      for (let m; (m = far.exec(head)) !== null;) {
        const at = fullStart + m.index;
        const ls = text.lastIndexOf("\n", at - 1) + 1;
        let le = text.indexOf("\n", at);
        if (le === -1 || le > end) le = end;
        matcher.scan(text, onHit, Math.max(ls, fullStart), le);
        far.lastIndex = Math.max(m.index + 1, le - fullStart);
      }
    }
    matcher.scan(text, onHit, nearStart, end);
    if (!needed) return undefined;
    // Whole lines: the window's end is taken to the end of its line.
    if (to > end) {
      const nl = text.indexOf("\n", to);
      to = nl === -1 || nl > fullEnd ? fullEnd : nl;
    }
    return [Math.max(fullStart, from), Math.min(fullEnd, to)];
  };
}

/** Rules that read at most this far past their keyword are looked for only this near the run (most: 88 to 1,024). */
const NEAR = 1024;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
