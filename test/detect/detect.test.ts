// The pure detector on hand-built fragments and rules: no git, no files, no shipped patterns.
// Each table row is one behaviour a source or a rule author relies on.
import { describe, expect, it } from "vitest";
import { createDetector, MAX_LINE } from "../../src/detect/detect.js";
import { compileAllowlist, compileRule } from "../../src/rules/schema.js";
import type { Finding, Fragment, RuleSet } from "../../src/types.js";
import { fake, randomString } from "../support/fake.js";

const fail = (m: string): never => {
  throw new Error(m);
};

/** A rule from a table as patterns/*.toml would hold it. */
function rule(fields: Record<string, unknown>) {
  return compileRule({ description: "test rule", severity: "high", ...fields }, "test.toml", "");
}

function detector(rules: Array<Record<string, unknown>>, placeholders: Record<string, unknown> = {}) {
  const set: RuleSet = { rules: rules.map(rule), placeholders: compileAllowlist(placeholders, fail) };
  return createDetector(set);
}

function detect(rules: Array<Record<string, unknown>>, fragment: Partial<Fragment> & { text: string }): Finding[] {
  return detector(rules).detect({ path: "notes.txt", startLine: 1, ...fragment });
}

/** A token-like secret: tok_ and 24 random characters, built at runtime. */
const token = () => fake("tok", "_", randomString(24, "loweralnum"));
const TOKEN = { id: "tok", keywords: ["tok_"], regex: "(?<secret>tok_[a-z0-9]{24})" };

describe("allow markers", () => {
  const cases: Array<[string, (s: string) => string, number]> = [
    ["no marker", (s) => `x = "${s}"`, 1],
    ["leakproof:allow on the line", (s) => `x = "${s}"  # leakproof:allow`, 0],
    ["gitleaks:allow on the line", (s) => `x = "${s}"  // gitleaks:allow`, 0],
    ["detect-secrets' pragma on the line", (s) => `x = "${s}"  # pragma: allowlist secret`, 0],
    ["a marker on the next line does not count", (s) => `x = "${s}"\n# leakproof:allow`, 1],
    ["a marker on the line before does not count", (s) => `# leakproof:allow\nx = "${s}"`, 1],
  ];
  it.each(cases)("%s", (_, line, n) => {
    expect(detect([TOKEN], { text: line(token()) })).toHaveLength(n);
  });

  it("a multi-line secret is allowed by a marker on its last line", () => {
    const r = {
      id: "block",
      keywords: ["begin"],
      multiline: true,
      reach: 256,
      regex: "BEGIN\\n(?<secret>[a-z]{8,40}\\n[a-z]{8,40})\\n",
    };
    const body = `${randomString(20, "lower")}\n${randomString(20, "lower")}`;
    expect(detect([r], { text: `BEGIN\n${body}\nEND\n` })).toHaveLength(1);
    expect(detect([r], { text: `BEGIN\n${body} leakproof:allow\nEND\n` })).toHaveLength(0);
  });
});

describe("literal in code", () => {
  const cases: Array<[string, string, (s: string) => string, boolean, number]> = [
    // [what, path, line, literalInCode, findings]
    ["a quoted literal in code", "app.py", (s) => `t = "${s}"`, true, 1],
    ["an unquoted name in code is a reference", "app.py", (s) => `t = ${s}`, true, 0],
    ["the tail of a literal in code", "app.js", (s) => `h = "Bearer ${s}"`, true, 1],
    ["a quote before it that closes another string", "app.js", (s) => `f("a", b) + ${s}"`, true, 0],
    ["closed by an escaped quote (code inside a string)", "app.ipynb", (s) => `"t = \\"${s}\\"\\n"`, true, 1],
    ["unquoted in a config file is the value", "app.yaml", (s) => `t: ${s}`, true, 1],
    ["unquoted in a file that is not code", "notes.txt", (s) => `t = ${s}`, true, 1],
    ["literalInCode = false finds it unquoted in code", "app.py", (s) => `# ${s}`, false, 1],
    ["an Apex class is code", "classes/Client.cls", (s) => `apikey = ${s};`, true, 0],
    ["a literal in an Apex class", "classes/Client.cls", (s) => `apikey = '${s}';`, true, 1],
    ["a node script without an extension is code", "bin/tool", (s) => `#!/usr/bin/env node\nt = ${s};`, true, 0],
    ["a literal in that script", "bin/tool", (s) => `#!/usr/bin/env node\nt = '${s}';`, true, 1],
    ["a python script by its #! line", "bin/manage", (s) => `#!/usr/bin/python3 -u\nt = ${s}`, true, 0],
    ["a shell script's bare value is the value", "bin/deploy", (s) => `#!/bin/sh\nt=${s}`, true, 1],
    [
      "a #! line that is not the file's first line proves nothing",
      "bin/tool",
      (s) => `x\n#!/usr/bin/env node\nt = ${s}`,
      true,
      1,
    ],
  ];
  it.each(cases)("%s", (_, path, line, literalInCode, n) => {
    expect(detect([{ ...TOKEN, literalInCode }], { path, text: line(token()) })).toHaveLength(n);
  });
});

describe("long lines: matched only in a window around each keyword hit", () => {
  // The keyword is "marker"; the regex matches `key=…` wherever the window lets it.
  const r = { id: "kv", keywords: ["marker"], regex: "key=(?<secret>[a-z0-9]{24})" };
  const value = () => randomString(24, "loweralnum");
  const cases: Array<[string, number, number, number]> = [
    // [what, filler before key=, gap between the value and the keyword, findings]
    ["a short line: anywhere on it", 10, 2000, 1],
    ["a long line: within 1 KiB of the keyword", MAX_LINE, 500, 1],
    ["a long line: more than 1 KiB from the keyword", MAX_LINE, 2000, 0],
  ];
  it.each(cases)("%s", (_, before, gap, n) => {
    const v = value();
    const text = "x".repeat(before) + ` key=${v} ` + "y".repeat(gap) + " marker";
    const found = detect([r], { text });
    expect(found).toHaveLength(n);
    if (n === 1) expect(found[0]!.column).toBe(before + 6);
  });
});

describe("multi-line rules read `reach` characters past the keyword", () => {
  const r = {
    id: "blk",
    keywords: ["begin"],
    multiline: true,
    reach: 64,
    regex: "BEGIN\\n(?<secret>[a-z\\n]{10,400}?)\\nEND",
  };
  const cases: Array<[string, number, number]> = [
    ["a block within reach", 40, 1],
    ["a block past reach", 200, 0],
  ];
  it.each(cases)("%s", (_, size, n) => {
    const body = randomString(size, "lower")
      .replace(/(.{30})/g, "$1\n")
      .replace(/\n$/, "");
    const found = detect([r], { text: `x\nBEGIN\n${body}\nEND\n`, startLine: 10 });
    expect(found).toHaveLength(n);
    if (n === 1) {
      expect(found[0]!.line).toBe(12);
      expect(found[0]!.endLine).toBe(12 + body.split("\n").length - 1);
    }
  });
});

describe("overlaps: one finding per occurrence", () => {
  const specific = { id: "specific", keywords: ["tok_"], regex: "(?<secret>tok_[a-z0-9]{24})", priority: 10 };
  const generic = { id: "generic", keywords: ["t ="], regex: 't = "(?<secret>[a-z0-9_]{10,40})"' };
  const longer = { id: "longer", keywords: ["t ="], regex: 't = "(?<secret>tok_[a-z0-9_]{10,40})"' };
  const cases: Array<[string, Array<Record<string, unknown>>, string, string[]]> = [
    ["higher priority wins", [generic, specific], `t = "${token()}"`, ["specific"]],
    [
      "the same priority: the longer secret wins",
      [
        { ...specific, priority: 0 },
        { ...longer, regex: 't = "(?<secret>tok_[a-z0-9_]{10,40}_x)"' },
      ],
      `t = "${token()}_x"`,
      ["longer"],
    ],
    ["apart on one line: both kept", [specific], `a = "${token()}"; b = "${token()}"`, ["specific", "specific"]],
  ];
  it.each(cases)("%s", (_, rules, text, ids) => {
    expect(detect(rules, { text }).map((f) => f.ruleId)).toEqual(ids);
  });
});

describe("where a finding is", () => {
  const cases: Array<[string, string, number, number, number]> = [
    // [what, line before the value (the value follows), expected column, endColumn offset past the value, startLine]
    ["a single-quoted literal starts at its opening quote", "K = '", 5, 1, 1],
    ["a double-quoted literal", 'K = "', 5, 1, 1],
    ["a backtick literal", "K = `", 5, 1, 1],
    ["an unquoted value starts at its first character", "K=", 3, 0, 1],
    ["a quote on one side only is not a literal", "K = '", 6, 0, 1],
  ];
  it.each(cases)("%s", (what, head, column, closing, startLine) => {
    const s = token();
    const q = head.slice(-1);
    const tail = what.includes("one side") ? " x" : closing ? q : "";
    const found = detect([TOKEN], { text: `${head}${s}${tail}`, startLine });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: startLine, column, endLine: startLine });
    expect(found[0]!.endColumn).toBe(head.length + s.length + closing + 1);
  });

  it("a fragment's startLine and CRLF endings carry into the line and column", () => {
    const s = token();
    const [f] = detect([TOKEN], { text: `a\r\nb\r\n  t = "${s}"\r\n`, startLine: 41 });
    expect(f).toMatchObject({ line: 43, column: 7, endColumn: 7 + s.length + 2, lineText: `  t = "${s}"` });
  });
});

describe("placeholders", () => {
  it("a rule skips the placeholders allowlist's values unless skipPlaceholders = false", () => {
    const d = (skip: boolean) =>
      detector([{ ...TOKEN, regex: "(?<secret>tok_[a-z0-9]{8,40})", skipPlaceholders: skip }], {
        stopwords: ["changeme"],
      });
    const text = 'x = "tok_changeme0000"';
    expect(d(true).detect({ path: "a.txt", text, startLine: 1 })).toHaveLength(0);
    expect(d(false).detect({ path: "a.txt", text, startLine: 1 })).toHaveLength(1);
  });

  // A four-letter stopword counts as a word of the value, not as four letters a random key holds by chance.
  const STOP = { id: "kv", keywords: ["key="], regex: "key=(?<secret>[A-Za-z0-9_-]{8,60})" };
  const cases: Array<[string, string, number]> = [
    ["at the start", "null_0000_value_here", 0],
    ["between separators", "my-demo-token-value", 0],
    ["a camelCase word", "myDemoTokenValue", 0],
    ["in capitals at the end", "Q7xK2mPzTEST", 0],
    ["mixed case, inside letters", "Q7xK2mPzBNULlCgW4", 1],
    ["one case, inside letters on both sides", "Q7xK2mPzanullaW4", 1],
  ];
  it.each(cases)("a short stopword %s: %s", (_, value, n) => {
    const d = detector([STOP], { stopwords: ["null", "demo", "test"] });
    expect(d.detect({ path: "a.txt", text: `key=${value}`, startLine: 1 })).toHaveLength(n);
  });
});
