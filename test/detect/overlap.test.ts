// Overlap resolution: the same choice as the plain greedy rule (most specific first, skip what
// overlaps a kept finding), at n log n cost: a file with tens of thousands of findings (a
// settings dump, a key list) must not cost n² comparisons.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "../../src/detect/overlap.js";
import type { Finding } from "../../src/types.js";

function finding(ruleId: string, line: number, column: number, endLine: number, endColumn: number, len: number) {
  return {
    ruleId,
    file: "f",
    line,
    column,
    endLine,
    endColumn,
    secret: "x".repeat(len),
    lineText: "",
    fingerprint: "",
    severity: "high",
    message: "",
    notes: [],
  } as Finding;
}

/** The rule as written: greedy in rank order, each candidate compared with every kept finding. */
function reference(findings: Finding[], priorityOf: (id: string) => number): Finding[] {
  if (findings.length < 2) return findings;
  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const overlaps = (a: Finding, b: Finding) =>
    before([a.line, a.column], [b.endLine, b.endColumn]) && before([b.line, b.column], [a.endLine, a.endColumn]);
  const ranked = [...findings].sort(
    (a, b) => priorityOf(b.ruleId) - priorityOf(a.ruleId) || b.secret.length - a.secret.length,
  );
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

const PRIORITY: Record<string, number> = { a: 0, b: 1, c: 2 };
const priorityOf = (id: string) => PRIORITY[id] ?? 0;

describe("resolveOverlaps", () => {
  it("keeps exactly what the plain greedy rule keeps, in the same order", () => {
    const arb = fc.array(
      fc
        .record({
          rule: fc.constantFrom("a", "b", "c"),
          line: fc.integer({ min: 1, max: 6 }),
          column: fc.integer({ min: 1, max: 30 }),
          lines: fc.integer({ min: 0, max: 2 }),
          width: fc.integer({ min: 1, max: 25 }),
        })
        .map((r) =>
          finding(r.rule, r.line, r.column, r.line + r.lines, r.lines > 0 ? r.width : r.column + r.width, r.width),
        ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        expect(resolveOverlaps(list, priorityOf)).toEqual(reference(list, priorityOf));
      }),
      { numRuns: 500 },
    );
  });

  it("reads each finding's place a bounded number of times, not once per other finding", () => {
    // 3,000 findings on separate lines (one per key of a big settings file), none overlapping.
    let reads = 0;
    const counted = Array.from(
      { length: 3000 },
      (_, i) =>
        new Proxy(finding(i % 2 ? "a" : "b", i + 1, 5, i + 1, 45, 40), {
          get(target, key) {
            if (key === "line" || key === "column" || key === "endLine" || key === "endColumn") reads++;
            return Reflect.get(target, key);
          },
        }),
    );
    const kept = resolveOverlaps(counted, priorityOf);
    expect(kept).toHaveLength(3000);
    // The greedy rule compared every pair: millions of reads. A place is read a few times per sort step.
    expect(reads).toBeLessThan(3000 * 64);
  });
});
