import { describe, expect, it } from "vitest";
import { inPythonDocstring, isDoctestLine, lowered, scopeOf } from "../../src/detect/scope.js";
import { createDetector } from "../../src/detect/detect.js";
import { loadRuleDir } from "../../src/rules/load.js";
import { randomString } from "../support/fake.js";

describe("scopeOf", () => {
  it.each([
    ["tests/test_settings.py", "test"],
    ["app/tests.py", "test"],
    ["pkg/environ/test.py", "test"],
    ["src/api/client.test.ts", "test"],
    ["src/api/client.spec.js", "test"],
    ["spec/models/user_spec.rb", "test"],
    ["internal/auth/token_test.go", "test"],
    ["src/test/java/com/acme/ClientTest.java", "test"],
    ["conftest.py", "test"],
    ["benchmarks/FB/create.sql", "test"],
    ["test/fixtures/keys.json", "test"],
    ["docs/ref/settings.txt", "docs"],
    ["README.md", "docs"],
    ["python_decouple-3.6.egg-info/PKG-INFO", "docs"],
    ["guide/install.rst", "docs"],
    ["examples/auth/index.js", "example"],
    [".env.example", "example"],
    ["config/settings.sample.yml", "example"],
    ["botocore/data/iam/2010-05-08/examples-1.json", "example"],
  ])("%s is %s", (path, want) => {
    expect(scopeOf(path)).toBe(want);
  });

  it.each([
    "mysite/settings.py",
    ".env",
    "config/production.yml",
    "src/contest/entry.py",
    "app/latest.py",
    "src/testimonials/views.py",
    "src/manifests/deploy.yaml",
    "docker-compose.yml",
  ])("%s is the project's own code or configuration", (path) => {
    expect(scopeOf(path)).toBeUndefined();
  });

  it("doctest lines are documentation; severities go one step down", () => {
    expect(isDoctestLine("    >>> Env.db_url_config('postgres://…')")).toBe(true);
    expect(isDoctestLine("x = 1  # >>> not one")).toBe(false);
    expect([lowered("critical"), lowered("high"), lowered("medium"), lowered("low")]).toEqual([
      "high",
      "medium",
      "low",
      "low",
    ]);
  });
});

describe("values in Python docstrings are documentation", () => {
  const text = `"""Module doc.\n\n    passwd='x'\n"""\nA = 1\ndef f():\n    '''Doc with \\''' inside.'''\n    return "\\"\\"\\""\nB = 2\n`;
  it.each([
    ["passwd", true],
    ["A = 1", false],
    ["Doc with", true],
    ["inside", true],
    ["return", false],
    ["B = 2", false],
  ])("%s: %s", (needle, inside) => {
    expect(inPythonDocstring(text, text.indexOf(needle))).toBe(inside);
  });

  it("a key in a docstring is reported in the docs scope; the same key in code is not", () => {
    const detector = createDetector(loadRuleDir());
    const token = randomString(40, "alnum");
    const src = `def connect():\n    """Connect.\n\n    Example::\n\n        API_TOKEN = "${token}"\n    """\n\nAPI_TOKEN = "${token}"\n`;
    const found = detector.detect({ path: "client/api.py", text: src, startLine: 1 });
    expect(found.map((f) => [f.line, f.scope ?? "code"])).toEqual([
      [6, "docs"],
      [9, "code"],
    ]);
    expect(found[0]!.severity).toBe("low");
  });
});
