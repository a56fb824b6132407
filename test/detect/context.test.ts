// A run of added lines shown with its context (Fragment.context): only findings on the run's lines
// are reported, and a one-line finding in the context still counts where it overlaps a multi-line
// one reaching into the run (the detector skips one-line rules on context lines no multi-line
// finding covers; these cases pin that the outcome is that of running every rule everywhere).
import { describe, expect, it } from "vitest";
import { createDetector } from "../../src/detect/detect.js";
import { compileAllowlist, compileRule } from "../../src/rules/schema.js";
import type { Fragment } from "../../src/types.js";

const placeholders = compileAllowlist(undefined, (m) => {
  throw new Error(m);
});
const base = { keywords: ["begin"], literalInCode: false, skipPlaceholders: false, match: [], nomatch: [] };

function detector(multiPriority: number, linePriority: number) {
  const multi = compileRule(
    {
      ...base,
      id: "demo-block",
      description: "block",
      regex: "(?<secret>BEGIN[A-Z0-9\\n]{10,200}END)",
      multiline: true,
      reach: 256,
      priority: multiPriority,
    },
    "t.toml",
    "",
  );
  const line = compileRule(
    { ...base, id: "demo-line", description: "line", regex: "(?<secret>BEGIN[A-Z0-9]{10})", priority: linePriority },
    "t.toml",
    "",
  );
  return createDetector({ rules: [multi, line], placeholders });
}

// Lines 10-14: a block whose middle line (12) is the run; a lone BEGIN line far below (14).
const text = ["BEGINAAAAAAAAAA1", "BBBBBBBBBB2", "CCCCCCCCCC3", "END", "BEGINZZZZZZZZZZ9"].join("\n");
const fragment = (from: number, to: number): Fragment => ({
  path: "x.txt",
  text,
  startLine: 10,
  context: { from, to },
});
const found = (d: ReturnType<typeof detector>, f: Fragment) => d.detect(f).map((x) => `${x.ruleId}@${x.line}`);

describe("a run with its context", () => {
  it("reports a multi-line finding reaching into the run", () => {
    expect(found(detector(5, 1), fragment(12, 12))).toEqual(["demo-block@10"]);
  });

  it("still lets a stronger one-line finding on a context line outdo it (and reports neither)", () => {
    expect(found(detector(1, 5), fragment(12, 12))).toEqual([]);
  });

  it("reports one-line findings on the run's lines only", () => {
    expect(found(detector(1, 5), fragment(14, 14))).toEqual(["demo-line@14"]);
    expect(found(detector(5, 1), fragment(14, 14))).toEqual(["demo-line@14"]);
  });

  it("reports the same without context when the run is the whole text", () => {
    expect(found(detector(5, 1), { path: "x.txt", text, startLine: 10 })).toEqual(["demo-block@10", "demo-line@14"]);
  });
});
