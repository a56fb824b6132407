// Cost that follows the number of findings: a file with hundreds of secrets (a settings dump, a
// key list) is read once for its remedies, not once per finding. Counted in git processes and
// file reads (never in time: speed lives in npm run bench).
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyRemedies } from "../../src/remedy/remedy.js";
import type { Finding } from "../../src/types.js";
import { leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { secret, writeExecutable } from "../git/support.js";

/** A PATH with a `git` that counts its runs in a file, then runs the real one. */
function countingGit(): { env: Record<string, string>; count: () => number } {
  const bin = tempDir("leakproof-bin-");
  const log = join(bin, "runs");
  const real = (process.env.PATH ?? "")
    .split(":")
    .map((d) => join(d, "git"))
    .find((p) => existsSync(p) && statSync(p).isFile());
  writeExecutable(join(bin, "git"), `#!/bin/sh\necho x >> "${log}"\nexec "${real!}" "$@"\n`);
  writeFiles(bin, { runs: "" });
  return {
    env: { PATH: `${bin}:${process.env.PATH ?? ""}` },
    count: () => readFileSync(log, "utf8").split("\n").filter(Boolean).length,
  };
}

const MANY = 300;

function settings(): string {
  return Array.from({ length: MANY }, (_, i) => `SECRET_KEY_${i} = "${secret()}"`).join("\n") + "\nimport os\n";
}

describe("cost per finding", () => {
  it("staged: hundreds of secrets in one file cost a fixed number of git processes", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": "x = 1\n" });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "--no-verify", "-m", "init");
    writeFiles(repo, { "settings.py": settings() });
    git(repo, "add", "-A");
    const g = countingGit();
    const r = leakproof(["staged", "--format", "json"], { cwd: repo, env: g.env });
    expect(r.code, r.stderr).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
    expect(found.length).toBe(MANY);
    // One per finding was MANY + a few.
    expect(g.count()).toBeLessThan(20);
  });

  it("remedies read a file's text once, however many findings it has", () => {
    const findings: Finding[] = Array.from({ length: MANY }, (_, i) => ({
      ruleId: "django-insecure-key",
      file: "settings.py",
      line: i + 1,
      column: 14,
      endLine: i + 1,
      endColumn: 80,
      secret: "s" + i,
      lineText: `K${i} = "s${i}"`,
      fingerprint: String(i),
      severity: "high",
      message: "",
      notes: [],
    }));
    let reads = 0;
    const out = applyRemedies(findings, new Map(), {
      project: {},
      fileText: () => {
        reads++;
        return "import os\n";
      },
    });
    expect(out).toHaveLength(MANY);
    expect(reads).toBe(1);
  });
});
