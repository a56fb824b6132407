import { describe, expect, it } from "vitest";
import { isDoctestLine, lowered, scopeOf } from "../../src/detect/scope.js";

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
