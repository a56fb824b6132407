// Where things are in a repository (src/git/repo.ts), on real temporary repositories.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workTreeTop, gitPath } from "../../src/git/repo.js";
import { gitText } from "../../src/git/exec.js";
import { git, tempDir, tempRepo } from "../support/tmp.js";

describe("repo", () => {
  it("workTreeTop from a subdirectory; a clear error outside a repository", () => {
    const repo = tempRepo();
    mkdirSync(join(repo, "sub"));
    expect(workTreeTop(join(repo, "sub"))).toBe(gitText(["rev-parse", "--show-toplevel"], { cwd: repo }));
    expect(() => workTreeTop(tempDir())).toThrow(/not a git repository/);
  });

  it("gitPath(hooks) honours a relative core.hooksPath from a subdirectory", () => {
    const repo = tempRepo();
    mkdirSync(join(repo, "sub"));
    git(repo, "config", "core.hooksPath", ".githooks");
    expect(gitPath(join(repo, "sub"), "hooks")).toBe(join(workTreeTop(repo), ".githooks"));
  });
});
