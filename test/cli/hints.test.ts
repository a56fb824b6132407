// The command a blocked commit's report ends with works where it is printed: after `git commit -a`
// or `git commit <path>` (the changes never reached the real index), in an npm project (npx), in
// a merge; and a bare `leakproof fix` says what the working tree holds instead of "no secrets".
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, leakproof } from "../support/cli.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, commitCount, leak, tryGit } from "../git/support.js";

function repo(): string {
  const dir = tempRepo();
  writeFiles(dir, { "mysite/settings.py": "import os\n", "README.md": "x\n" });
  commitAll(dir);
  expect(leakproof(["install"], { cwd: dir }).code).toBe(0);
  return dir;
}

/** The hint line of a blocked commit's output. */
function hint(out: string): string {
  const line = out.split("\n").find((l) => l.startsWith("Fix it: ") || l.startsWith("Fix them: "));
  expect(line, out).toBeDefined();
  return line!.replace(/^Fix (it|them): /, "");
}

/** Runs a hint's leakproof command (the `node <cli>` form) with --yes. */
function runHint(cwd: string, command: string) {
  const words = command.split(",")[0]!.trim().split(/\s+/);
  const args = words[0] === "npx" ? words.slice(2) : words.slice(2);
  return leakproof([...args, "--yes"], { cwd });
}

describe("the fix hint after a blocked commit", () => {
  it("git commit -a: the path form, which fixes the files on disk; then commit -a goes through", () => {
    const dir = repo();
    writeFiles(dir, { "mysite/settings.py": `import os\n${leak()}\n` });
    const r = tryGit(dir, ["commit", "-a", "-m", "settings"]);
    expect(r.code).not.toBe(0);
    const h = hint(r.stdout + r.stderr);
    expect(h).toContain(" fix mysite/settings.py, then commit again");
    expect(h).not.toContain("--staged");
    // What `fix --staged` would say: nothing staged; a bare fix names what the working tree holds.
    const bare = leakproof(["fix"], { cwd: dir });
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain("nothing staged holds a secret, but the working tree does");
    expect(bare.stdout).toContain("mysite/settings.py:2:14  django-insecure-key");
    expect(runHint(dir, h).code).toBe(0);
    const again = tryGit(dir, ["commit", "-a", "-m", "settings"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(commitCount(dir)).toBe(2);
  });

  it("git commit <path>: the path form too", () => {
    const dir = repo();
    writeFiles(dir, { "mysite/settings.py": `import os\n${leak()}\n` });
    const r = tryGit(dir, ["commit", "-m", "settings", "mysite/settings.py"]);
    expect(r.code).not.toBe(0);
    expect(hint(r.stdout + r.stderr)).toContain(" fix mysite/settings.py, then commit again");
  });

  it("a plain commit: fix --staged, with the command that runs leakproof here", () => {
    const dir = repo();
    writeFiles(dir, { "mysite/settings.py": `import os\n${leak()}\n` });
    git(dir, "add", ".");
    const r = tryGit(dir, ["commit", "-m", "settings"]);
    expect(hint(r.stdout + r.stderr)).toBe(`node ${CLI} fix --staged`);
  });

  it("leakproof from the project's node_modules: npx leakproof", () => {
    const dir = repo();
    mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
    symlinkSync(CLI, join(dir, "node_modules", ".bin", "leakproof"));
    writeFiles(dir, { ".gitignore": "node_modules/\n", "mysite/settings.py": `import os\n${leak()}\n` });
    git(dir, "add", ".");
    const r = tryGit(dir, ["commit", "-m", "settings"]);
    expect(hint(r.stdout + r.stderr)).toBe("npx leakproof fix --staged");
  });

  it("a merge: fix --staged, then git commit concludes it (or git merge --abort)", () => {
    const dir = repo();
    git(dir, "checkout", "-q", "-b", "side");
    writeFiles(dir, { "mysite/local.py": `${leak()}\n` });
    commitAll(dir, "side"); // --no-verify: the branch skipped the hook
    git(dir, "checkout", "-q", "main");
    writeFiles(dir, { "other.txt": "o\n" });
    commitAll(dir, "main moves on");
    const r = tryGit(dir, ["merge", "--no-edit", "side"]);
    expect(r.code).not.toBe(0);
    const h = hint(r.stdout + r.stderr);
    expect(h).toContain("fix --staged, then git commit to conclude the merge (or git merge --abort)");
    expect(runHint(dir, h).code).toBe(0);
    const done = tryGit(dir, ["commit", "--no-edit"]);
    expect(done.code, done.stdout + done.stderr).toBe(0);
    expect(git(dir, "rev-list", "--parents", "-n1", "HEAD").trim().split(" ")).toHaveLength(3);
  });
});
