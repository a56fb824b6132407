// Odd input is a message and exit 2, never a stack trace ("internal error") and never a clean scan.
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { fake, randomString } from "../support/fake.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

const token = () => fake("gh", "p_", randomString(36, "alnum"));

function repoWithSecret(): string {
  const repo = tempRepo();
  writeFiles(repo, { "ci.sh": `export GITHUB_TOKEN=${token()}\n` });
  git(repo, "add", "-A");
  return repo;
}

function expectMessage(r: { code: number; stderr: string }, message: RegExp): void {
  expect(r.stderr).not.toContain("internal error");
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(2);
}

describe("writing where it cannot", () => {
  it.each([
    ["dir", ["dir", "--output", "missing/report.json"]],
    ["staged", ["staged", "--output", "missing/report.json"]],
    ["history", ["history", "--output", "missing/report.json", "--format", "sarif"]],
    ["baseline", ["baseline", "--output", "missing/baseline.json"]],
    ["dir --write-baseline", ["dir", "--write-baseline", "missing/baseline.json"]],
  ])("%s into a missing directory: a message, exit 2", (_what, args) => {
    const repo = repoWithSecret();
    git(repo, "commit", "-qm", "c", "--no-verify");
    expectMessage(
      leakproof(args, { cwd: repo }),
      /cannot write the (report|baseline) to missing\/.*: its directory does not exist/,
    );
  });

  it("--output onto a directory", () => {
    const repo = repoWithSecret();
    expectMessage(
      leakproof(["staged", "--output", "."], { cwd: repo }),
      /cannot write the report to \.: it is a directory/,
    );
  });

  it("a step summary that cannot be written", () => {
    const repo = repoWithSecret();
    const r = leakproof(["staged", "--format", "github"], {
      cwd: repo,
      env: { GITHUB_STEP_SUMMARY: join(tempDir(), "no/such/summary.md") },
    });
    expectMessage(r, /cannot write the step summary/);
  });
});

describe("links that go nowhere", () => {
  it("a .leakproof.toml that links to itself is an error, not an absent config", () => {
    const repo = repoWithSecret();
    symlinkSync(".leakproof.toml", join(repo, ".leakproof.toml"));
    expectMessage(leakproof(["dir"], { cwd: repo }), /\.leakproof\.toml: cannot read config/);
    expectMessage(leakproof(["staged"], { cwd: repo }), /\.leakproof\.toml: cannot read config/);
  });

  it("a looping link in the tree is skipped with a note, and the rest is scanned", () => {
    const repo = repoWithSecret();
    symlinkSync("b", join(repo, "a"));
    symlinkSync("a", join(repo, "b"));
    const r = leakproof(["dir"], { cwd: repo });
    expect(r.stderr).not.toContain("internal error");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ci.sh");
  });
});
