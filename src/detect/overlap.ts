// One finding per secret occurrence: where rules report overlapping text on the same line,
// the most specific (highest priority, then longest secret) wins.
import type { Finding } from "../types.js";

export function resolveOverlaps(findings: Finding[], priorityOf: (ruleId: string) => number): Finding[] {
  if (findings.length < 2) return findings;
  const ranked = [...findings].sort(
    (a, b) => priorityOf(b.ruleId) - priorityOf(a.ruleId) || b.secret.length - a.secret.length,
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

function overlaps(a: Finding, b: Finding): boolean {
  const aStart = [a.line, a.column] as const;
  const aEnd = [a.endLine, a.endColumn] as const;
  const bStart = [b.line, b.column] as const;
  const bEnd = [b.endLine, b.endColumn] as const;
  return before(aStart, bEnd) && before(bStart, aEnd);
}

function before(p: readonly [number, number], q: readonly [number, number]): boolean {
  return p[0] < q[0] || (p[0] === q[0] && p[1] < q[1]);
}
