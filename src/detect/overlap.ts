// One finding per secret occurrence: where rules report overlapping text on the same line,
// the most specific (highest priority, then longest secret) wins.
// Greedy in rank order; whether a finding overlaps one already kept is a prefix-maximum query
// (a Fenwick tree over the findings' start positions), so a file with 40k findings costs
// n log n, not n² comparisons.
import type { Finding } from "../types.js";

export function resolveOverlaps(findings: Finding[], priorityOf: (ruleId: string) => number): Finding[] {
  const n = findings.length;
  if (n < 2) return findings;
  // Each finding's start and end as (line, column) pairs, read once.
  const sl = new Float64Array(n);
  const sc = new Float64Array(n);
  const el = new Float64Array(n);
  const ec = new Float64Array(n);
  findings.forEach((f, i) => {
    sl[i] = f.line;
    sc[i] = f.column;
    el[i] = f.endLine;
    ec[i] = f.endColumn;
  });
  const cmp = (al: number, ac: number, bl: number, bc: number) => al - bl || ac - bc;

  // Starts in order: slot k of the tree stands for the k-th smallest start.
  const byStart = Array.from({ length: n }, (_, i) => i).sort((a, b) => cmp(sl[a]!, sc[a]!, sl[b]!, sc[b]!));
  const slot = new Int32Array(n);
  byStart.forEach((i, k) => (slot[i] = k));
  /** How many starts lie strictly before (line, column). */
  const startsBefore = (line: number, column: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const i = byStart[mid]!;
      if (cmp(sl[i]!, sc[i]!, line, column) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Fenwick tree: the kept finding with the latest end among those whose start is in a prefix.
  const tree = new Int32Array(n + 1).fill(-1);
  const later = (a: number, b: number) => (b === -1 || (a !== -1 && cmp(el[a]!, ec[a]!, el[b]!, ec[b]!) > 0) ? a : b);
  const keep = (i: number) => {
    for (let k = slot[i]! + 1; k <= n; k += k & -k) tree[k] = later(i, tree[k]!);
  };
  const latestEnd = (count: number) => {
    let best = -1;
    for (let k = count; k > 0; k -= k & -k) best = later(tree[k]!, best);
    return best;
  };

  const ranked = [...findings.keys()].sort(
    (a, b) =>
      priorityOf(findings[b]!.ruleId) - priorityOf(findings[a]!.ruleId) ||
      findings[b]!.secret.length - findings[a]!.secret.length,
  );
  const kept: number[] = [];
  for (const i of ranked) {
    // A kept finding overlaps this one when it starts before this one ends and ends after this one starts.
    const k = latestEnd(startsBefore(el[i]!, ec[i]!));
    if (k !== -1 && cmp(sl[i]!, sc[i]!, el[k]!, ec[k]!) < 0) continue;
    kept.push(i);
    keep(i);
  }
  return kept.map((i) => findings[i]!).sort((a, b) => a.line - b.line || a.column - b.column);
}
