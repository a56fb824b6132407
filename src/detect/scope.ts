// Where a value sits, as a reader would judge it: a test suite, documentation, or an example. A key
// there is still a finding (a real one gets pasted into a test or a README too), but rarely the one
// to act on first: it is reported one severity lower, and reports group and count these apart.
import type { Scope, Severity } from "../types.js";

const TEST_DIRS = new Set([
  "test",
  "tests",
  "__tests__",
  "testing",
  "spec",
  "specs",
  "testdata",
  "test-data",
  "test_data",
  "fixtures",
  "fixture",
  "__fixtures__",
  "__mocks__",
  "mocks",
  "e2e",
  "cypress",
  "testapp",
  "test_utils",
  "testutils",
  // benchmarks set up throwaway databases and fixtures the way test suites do
  "benchmark",
  "benchmarks",
]);
const DOC_DIRS = new Set(["docs", "doc", "documentation", "man", "manual", "guide", "guides", "website", "site"]);
const EXAMPLE_DIRS = new Set(["example", "examples", "sample", "samples", "demo", "demos", "tutorial", "tutorials"]);

/** test_x.py, x_test.go, x.test.ts, x.spec.js, x_spec.rb, XTest.java, XTests.cs, conftest.py, tests.py, test.py */
const TEST_FILE =
  /^(?:test_.+|.+_test\.[a-z0-9]+|.+[.-](?:test|spec)s?\.[a-z0-9]+|.+_spec\.rb|.+Tests?\.(?:java|kt|cs|scala|swift|php)|conftest\.py|tests?\.(?:py|rb|js|ts|go))$/;
/** README, CHANGELOG, PKG-INFO (a Python package's README), *.md, *.rst, *.adoc */
const DOC_FILE =
  /^(?:readme|changelog|changes|history|contributing|pkg-info|metadata)(?:\.[a-z0-9]+)?$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|textile|pod|rdoc)$/i;
/** .env.example, config.sample.yml, settings.example.py, example.env, examples-1.json */
const EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|dist|template|tmpl)(?:[._-]|$)/i;

/** The scope a path puts its values in, or undefined for code and configuration proper. */
export function scopeOf(path: string): Scope | undefined {
  const parts = path.split("/");
  const file = parts.pop() ?? "";
  let scope: Scope | undefined;
  for (const p of parts) {
    const d = p.toLowerCase();
    if (TEST_DIRS.has(d)) return "test";
    if (scope === undefined && DOC_DIRS.has(d)) scope = "docs";
    else if (scope === undefined && EXAMPLE_DIRS.has(d)) scope = "example";
  }
  if (TEST_FILE.test(file)) return "test";
  if (scope) return scope;
  if (DOC_FILE.test(file)) return "docs";
  if (EXAMPLE_FILE.test(file)) return "example";
  return undefined;
}

/**
 * Whether an offset of a Python file's text lies inside a triple-quoted string: a docstring, where
 * values are examples (RFC sample tokens in oauthlib, a password in urllib's module docs). Counts
 * the unescaped triple quotes before it, one kind at a time; called only for a finding.
 */
export function inPythonDocstring(text: string, offset: number): boolean {
  const DOUBLE = '"""';
  const SINGLE = "'''";
  // The next opening quote of each kind, found again only once passed: linear in the text.
  let nextDouble = text.indexOf(DOUBLE);
  let nextSingle = text.indexOf(SINGLE);
  let i = 0;
  for (;;) {
    if (nextDouble !== -1 && nextDouble < i) nextDouble = text.indexOf(DOUBLE, i);
    if (nextSingle !== -1 && nextSingle < i) nextSingle = text.indexOf(SINGLE, i);
    const opening = nextSingle === -1 || (nextDouble !== -1 && nextDouble < nextSingle) ? nextDouble : nextSingle;
    if (opening === -1 || opening >= offset) return false;
    const quote = text.slice(opening, opening + 3);
    let close = text.indexOf(quote, opening + 3);
    while (close !== -1 && text[close - 1] === "\\") close = text.indexOf(quote, close + 1);
    if (close === -1 || close + 3 > offset) return true;
    i = close + 3;
  }
}

/** A doctest line (`>>> …`) is documentation wherever it sits. */
export function isDoctestLine(line: string): boolean {
  return /^\s*>>>\s/.test(line);
}

const LOWER: Record<Severity, Severity> = { critical: "high", high: "medium", medium: "low", low: "low" };

/** One step lower: a key in a test, doc or example is rarely the first to act on. */
export function lowered(severity: Severity): Severity {
  return LOWER[severity];
}
