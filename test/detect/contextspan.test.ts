// Where keywords matter around a run of changed lines: only in the windows of multi-line rules that
// reach into it (from a keyword before it, or past its end from a keyword in it); nowhere when no
// such keyword is near; everywhere within reach when a path rule reads the file.
import { describe, expect, it } from "vitest";
import { contextSpanOf } from "../../src/detect/contextspan.js";
import { createDetector } from "../../src/detect/detect.js";
import { compileAllowlist, compileRule } from "../../src/rules/schema.js";
import type { Fragment, Rule } from "../../src/types.js";

const placeholders = compileAllowlist(undefined, (m) => {
  throw new Error(m);
});
const base = { literalInCode: false, skipPlaceholders: false, match: [], nomatch: [], description: "d" };
const rule = (over: Record<string, unknown>): Rule => compileRule({ ...base, ...over }, "t.toml", "");

const block = rule({
  id: "demo-block",
  keywords: ["begin"],
  regex: "(?<secret>BEGIN[A-Z0-9\\n]{10,200}END)",
  multiline: true,
  reach: 100,
});
const line = rule({ id: "demo-line", keywords: ["token"], regex: "token=(?<secret>[A-Z0-9]{10})" });

// Each line is 40 characters and a newline.
const lines = [
  "x".repeat(40),
  "x".repeat(40),
  "BEGIN" + "A".repeat(35),
  "B".repeat(40),
  "END" + "0".repeat(37),
  "x".repeat(40),
  "x".repeat(40),
  "token=" + "Z".repeat(34),
  "x".repeat(40),
];
const text = lines.join("\n");
const at = (n: number) => n * 41;
const full: [number, number] = [0, text.length];

describe("the context a run needs", () => {
  const spanOf = contextSpanOf({ rules: [block, line], placeholders });

  it("is the lines from a multi-line rule's keyword before the run to the end of its window", () => {
    // The run is line 3 (BBBB); BEGIN on line 2 reaches 100 characters past its keyword: into line 4, the END line.
    expect(spanOf("x.txt", text, full, [at(3), at(3) + 40])).toEqual([at(2), at(4) + 40]);
  });

  it("is nothing when no multi-line keyword is near (a one-line rule's keyword does not count)", () => {
    expect(spanOf("x.txt", text, full, [at(7), at(7) + 40])).toBeUndefined();
    expect(spanOf("x.txt", text, [at(6), text.length], [at(7), at(7) + 40])).toBeUndefined();
  });

  it("is nothing when the keyword's window ends within the run, and the window past it when it does not", () => {
    expect(spanOf("x.txt", text, full, [at(2), at(6) + 40])).toBeUndefined();
    expect(spanOf("x.txt", text, full, [at(2), at(2) + 40])).toEqual([at(2), at(4) + 40]);
  });

  it("is all of the widest context when a path rule reads the file", () => {
    const keyFile = rule({ id: "demo-file", files: ["\\.key$"], regex: "(?<secret>[A-Z]{10})", reach: 64 });
    const withFile = contextSpanOf({ rules: [block, line, keyFile], placeholders });
    expect(withFile("a.key", text, full, [at(7), at(7) + 40])).toEqual(full);
    expect(withFile("a.txt", text, full, [at(7), at(7) + 40])).toBeUndefined();
  });

  it("finds a far-reading rule's keyword far before the run, and only near keywords near it", () => {
    const key = rule({
      id: "demo-key",
      keywords: ["begin key"],
      regex: "(?<secret>BEGIN KEY[A-Z0-9\\n]{10,5000}END KEY)",
      multiline: true,
      reach: 4096,
    });
    const body = Array.from({ length: 60 }, () => "K".repeat(40));
    const far = ["begin key", ...body, "x".repeat(40), "END KEY"].join("\n");
    const runAt = far.indexOf("x".repeat(40));
    const both = contextSpanOf({ rules: [block, key], placeholders });
    // 60 lines of 41 characters: the keyword is 2,460 characters before the run, its window reaches past it.
    expect(both("k.txt", far, [0, far.length], [runAt, runAt + 40])).toEqual([0, far.length]);
    // A near-reading rule's keyword as far away is no concern of the run.
    const near = ["BEGIN", ...body, "x".repeat(40)].join("\n");
    const nearRun = near.indexOf("x".repeat(40));
    expect(both("k.txt", near, [0, near.length], [nearRun, nearRun + 40])).toBeUndefined();
  });

  it("gives the detector the same findings on the run as keywords everywhere", () => {
    const d = createDetector({ rules: [block, line], placeholders });
    const fragment = (keywordsIn?: [number, number]): Fragment => ({
      path: "x.txt",
      text,
      startLine: 1,
      context: { from: 4, to: 4, ...(keywordsIn ? { keywordsIn } : {}) },
    });
    const span = spanOf("x.txt", text, full, [at(3), at(3) + 40])!;
    const found = (f: Fragment) => d.detect(f).map((x) => `${x.ruleId}@${x.line}:${x.secret.length}`);
    expect(found(fragment(span))).toEqual(["demo-block@3:85"]);
    expect(found(fragment())).toEqual(["demo-block@3:85"]);
    // Keywords only on the run's own line: the block's BEGIN is not seen.
    expect(found(fragment([at(3), at(3) + 40]))).toEqual([]);
  });
});
