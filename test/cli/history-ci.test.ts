// In CI, a scanned range cannot silence its own scan: a pull request that adds a .leakproof.toml
// allowlisting everything, a .leakproofignore, or a baseline accepting its secret is judged by the
// settings of its base, with a note saying so. Outside CI (a developer's own range), the work
// tree's settings apply as before.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { leak } from "../git/support.js";

const CI = { CI: "true" };

function commit(repo: string, message: string): string {
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--no-verify", "-m", message);
  return git(repo, "rev-parse", "HEAD").trim();
}

/** A base commit (with `baseFiles`), then a pull request adding a secret and `prFiles`. */
function pr(baseFiles: Record<string, string>, prFiles: Record<string, string>): { repo: string; base: string } {
  const repo = tempRepo();
  writeFiles(repo, { "readme.md": "hi\n", ...baseFiles });
  const base = commit(repo, "base");
  git(repo, "checkout", "-q", "-b", "pr");
  writeFiles(repo, { "app/settings.py": leak() + "\n", ...prFiles });
  commit(repo, "pr");
  return { repo, base };
}

function files(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file);
}

const ALLOW_ALL = "[allowlist]\nregexes = ['''.*''']\n";

describe("history of a range in CI: the range's own settings changes do not judge it", () => {
  it("a .leakproof.toml added by the range that allowlists everything: still found, with a note", () => {
    const { repo, base } = pr({}, { ".leakproof.toml": ALLOW_ALL });
    // Locally the work tree's config applies (the developer's own choice).
    expect(leakproof(["history", `${base}..HEAD`], { cwd: repo }).code).toBe(0);
    const r = leakproof(["history", "--format", "json", `${base}..HEAD`], { cwd: repo, env: CI });
    expect(r.code, r.stderr).toBe(1);
    expect(files(r.stdout)).toEqual(["app/settings.py"]);
    expect(r.stderr).toMatch(/scanned commits change \.leakproof\.toml: .*those of [0-9a-f]{40} were used/);
  });

  it("a config the range changes: the base's version applies, also a --config inside the repository", () => {
    const { repo, base } = pr(
      { ".leakproof.toml": 'disabledRules = ["generic-name-value"]\n', "ci/leakproof.toml": "" },
      { ".leakproof.toml": ALLOW_ALL, "ci/leakproof.toml": ALLOW_ALL },
    );
    expect(leakproof(["history", `${base}..HEAD`], { cwd: repo, env: CI }).code).toBe(1);
    const r = leakproof(["history", "--config", "ci/leakproof.toml", `${base}..HEAD`], { cwd: repo, env: CI });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/change ci\/leakproof\.toml/);
  });

  it("a .leakproofignore added by the range: not used", () => {
    const { repo, base } = pr({}, { ".leakproofignore": "*\n" });
    expect(leakproof(["history", `${base}..HEAD`], { cwd: repo }).code).toBe(0);
    const r = leakproof(["history", `${base}..HEAD`], { cwd: repo, env: CI });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/change \.leakproofignore/);
  });

  it("a baseline the range writes to accept its own secret: the base's baseline applies", () => {
    const { repo, base } = pr({ "baseline.json": '{ "version": 1, "findings": [] }\n' }, {});
    // The pull request accepts its secret in the baseline, in a second commit.
    const w = leakproof(["history", `${base}..HEAD`, "--write-baseline", join(repo, "baseline.json")], { cwd: repo });
    expect(w.code, w.stderr).toBe(0);
    commit(repo, "accept");
    expect(leakproof(["history", `${base}..HEAD`, "--baseline", "baseline.json"], { cwd: repo }).code).toBe(0);
    const r = leakproof(["history", `${base}..HEAD`, "--baseline", "baseline.json"], { cwd: repo, env: CI });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/change baseline\.json/);
  });

  it("settings the base already had, untouched by the range, still apply in CI", () => {
    const { repo, base } = pr({ ".leakproofignore": "app/\n" }, {});
    const r = leakproof(["history", `${base}..HEAD`], { cwd: repo, env: CI });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/settings/);
  });

  it("a range without a base (a new branch's commits) that changes settings: none of the repository's are used", () => {
    const { repo } = pr({}, { ".leakproof.toml": ALLOW_ALL, ".leakproofignore": "*\n" });
    const r = leakproof(["history", "HEAD"], { cwd: repo, env: CI });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/no base: .*none of the repository's were used/);
  });

  it("the GitHub Action on such a pull request fails (it runs the scan as CI)", () => {
    const { repo, base } = pr({}, { ".leakproof.toml": ALLOW_ALL });
    const head = git(repo, "rev-parse", "HEAD").trim();
    const work = tempDir();
    const event = join(work, "event.json");
    const output = join(work, "output");
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    writeFileSync(output, "");
    const action = fileURLToPath(new URL("../../dist/action/main.js", import.meta.url));
    const r = spawnSync(process.execPath, [action], {
      cwd: repo,
      encoding: "utf8",
      env: {
        ...process.env,
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: output,
        INPUT_SARIF_FILE: join(work, "x.sarif"),
      },
    });
    expect(readFileSync(output, "utf8")).toMatch(/exit-code=1/);
    expect(r.stderr).toMatch(/change \.leakproof\.toml/);
  });
});
