// Values in tests, docs and examples: still findings (staged stays strict), reported one severity
// lower, grouped by value in the text report, and left out by dir/history --exclude-tests.
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { randomString } from "../support/fake.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";

const token = () => "SERVICE_TOKEN=" + randomString(32, "alnum") + "\n";

interface JsonFinding {
  file: string;
  severity: string;
  scope?: string;
}

describe("test, docs and example values", () => {
  it("dir: reported one severity lower with their scope; the text report groups a repeated value and counts them apart", () => {
    const repo = tempRepo();
    const shared = token();
    const real = token();
    writeFiles(repo, {
      "config/app.env": real,
      "tests/fixtures/a.env": shared,
      "tests/fixtures/b.env": shared,
      "app/test_views.env": shared,
      "docs/setup.md": token(),
    });
    const r = leakproof(["dir", "--format", "json"], { cwd: repo });
    expect(r.code).toBe(1);
    const byFile = new Map((JSON.parse(r.stdout).findings as JsonFinding[]).map((f) => [f.file, f]));
    expect(byFile.get("config/app.env")).toMatchObject({ severity: "medium" });
    expect(byFile.get("config/app.env")?.scope).toBeUndefined();
    expect(byFile.get("tests/fixtures/a.env")).toMatchObject({ severity: "low", scope: "test" });
    expect(byFile.get("app/test_views.env")).toMatchObject({ severity: "low", scope: "test" });
    expect(byFile.get("docs/setup.md")).toMatchObject({ severity: "low", scope: "docs" });

    const t = leakproof(["dir"], { cwd: repo });
    expect(t.code).toBe(1);
    // The real one first, then the aside: 4 findings, 2 values; the repeated token is one entry.
    expect(t.stdout.indexOf("config/app.env")).toBeLessThan(t.stdout.indexOf("In tests, docs and examples"));
    expect(t.stdout).toContain("4 findings, 2 distinct values");
    expect(t.stdout).toMatch(/also {4}tests\/fixtures\/a\.env:1, tests\/fixtures\/b\.env:1/);
    expect(t.stdout).toContain("5 secrets found (4 in tests, docs or examples)");
  });

  it("dir --exclude-tests leaves them out and says how many; with only those, the scan is clean", () => {
    const repo = tempRepo();
    writeFiles(repo, { "tests/settings.env": token(), "spec/fixtures/keys.env": token() });
    const r = leakproof(["dir", "--exclude-tests", "--format", "json"], { cwd: repo });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.stderr).toContain("left out 2 findings in tests, docs and examples (--exclude-tests)");
    writeFiles(repo, { "deploy/prod.env": token() });
    const again = leakproof(["dir", "--exclude-tests", "--format", "json"], { cwd: repo });
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).findings.map((f: JsonFinding) => f.file)).toEqual(["deploy/prod.env"]);
  });

  it("history --exclude-tests too", () => {
    const repo = tempRepo();
    writeFiles(repo, { "tests/conf.env": token() });
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "test fixture");
    const all = leakproof(["history"], { cwd: repo });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain("1 secret found in history; 1 of them in tests, docs or examples");
    const r = leakproof(["history", "--exclude-tests"], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("left out 1 finding");
  });

  it("staged stays strict: a key added to a test file blocks the commit, and --exclude-tests is refused", () => {
    const repo = tempRepo();
    writeFiles(repo, { "tests/test_api.env": token() });
    git(repo, "add", ".");
    const r = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toMatchObject([{ file: "tests/test_api.env", scope: "test" }]);
    const refused = leakproof(["staged", "--exclude-tests"], { cwd: repo });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--exclude-tests is for dir and history");
  });
});
