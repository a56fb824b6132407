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

describe("encoded values in a run's context", () => {
  const rule = compileRule(
    {
      ...base,
      keywords: ["demo_"],
      id: "demo-token",
      description: "token",
      regex: "(?<secret>demo_[A-Za-z0-9]{20})",
      match: [],
    },
    "t.toml",
    "",
  );
  const d = createDetector({ rules: [rule], placeholders });
  const token = ["demo", "_"].join("") + "Q7w2E9r4T6y1U8i3O5p0";
  const encoded = Buffer.from(token).toString("base64");
  const text = [`OLD = "${encoded}"`, "x = 1", `NEW = "${encoded}"`].join("\n");
  const at = (context: Fragment["context"]) =>
    d.detect({ path: "a.txt", text, startLine: 5, ...(context ? { context } : {}) }).map((f) => f.line);

  it("are decoded on the run's lines only: the lines around it are not new", () => {
    expect(at(undefined)).toEqual([5, 7]);
    expect(at({ from: 7, to: 7 })).toEqual([7]);
    expect(at({ from: 6, to: 6 })).toEqual([]);
  });

  it("are not decoded again when the run was scanned alone already", () => {
    expect(at({ from: 7, to: 7, runReported: true })).toEqual([]);
  });
});
