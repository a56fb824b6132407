// One scan, several reports: --format / --output pairs (a CI job's log and its SARIF file).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { randomString } from "../support/fake.js";
import { tempRepo, writeFiles } from "../support/tmp.js";

describe("several --format / --output pairs", () => {
  it("writes every report from one scan: each --output to the --format of the same rank, '-' is stdout", () => {
    const dir = tempRepo();
    writeFiles(dir, { "settings.py": `SECRET_KEY = 'django-insecure-${randomString(50, "django")}'\n` });
    const r = leakproof(
      [
        "dir",
        "--format",
        "text",
        "--output",
        "-",
        "--format",
        "json",
        "--output",
        "r.json",
        "-f",
        "sarif",
        "-o",
        "r.sarif",
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("settings.py:1:14  django-insecure-key");
    expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).findings).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, "r.sarif"), "utf8")).runs[0].results).toHaveLength(1);
  });

  it("refuses two reports on stdout, and an --output without its --format (exit 2)", () => {
    const dir = tempRepo();
    const two = leakproof(["dir", "--format", "text", "--format", "json"], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("only one report can go to stdout");
    const orphan = leakproof(["dir", "--format", "json", "--output", "a", "--output", "b"], { cwd: dir });
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain("give each --output its --format");
  });
});
