// The pre-push hook (`leakproof install --pre-push`) on real repositories pushing to a real bare
// remote: it checks exactly the commits the push sends that the remote does not have, however
// they were made (--no-verify, rebase, tools), and fails closed.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePushInput } from "../../src/git/push.js";
import { leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, leak, projectCli, tryGit, writeExecutable } from "../git/support.js";

/** A clone-like setup: a work repository with `origin` a bare repository, main pushed. */
function pushing() {
  const remote = join(tempDir(), "remote.git");
  git(tempDir(), "init", "-q", "--bare", "-b", "main", remote);
  const repo = tempRepo();
  git(repo, "remote", "add", "origin", remote);
  writeFiles(repo, { "README.md": "hello\n" });
  commitAll(repo, "first");
  git(repo, "push", "-q", "origin", "main");
  const r = leakproof(["install", "--pre-push"], { cwd: repo });
  expect(r.code, r.stderr).toBe(0);
  return { repo, remote };
}

function push(repo: string, ...args: string[]) {
  return tryGit(repo, ["push", "origin", ...args]);
}

function remoteHas(remote: string, ref: string): string | undefined {
  const r = tryGit(remote, ["rev-parse", "--verify", "--quiet", ref]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

describe("pre-push hook", () => {
  it("refuses a push whose commits add a secret (committed with --no-verify), passes a clean one", () => {
    const { repo, remote } = pushing();
    const before = remoteHas(remote, "main");
    writeFiles(repo, { "app/settings.py": leak() + "\n" });
    commitAll(repo, "leak"); // --no-verify: the pre-commit hook never saw it
    writeFiles(repo, { "b.txt": "b\n" });
    commitAll(repo, "later");
    const r = push(repo, "main");
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("app/settings.py:1:14");
    expect(r.stderr).toContain("leakproof: push blocked");
    expect(remoteHas(remote, "main")).toBe(before);

    // Rewrite the commit away: then the push goes through.
    git(repo, "reset", "-q", "--hard", before!);
    writeFiles(repo, { "c.txt": "c\n" });
    commitAll(repo, "clean");
    const ok = push(repo, "main");
    expect(ok.code, ok.stderr).toBe(0);
    expect(remoteHas(remote, "main")).toBe(git(repo, "rev-parse", "HEAD").trim());
  });

  it("checks a new branch against what the remote already has, not its whole history", () => {
    const { repo, remote } = pushing();
    writeFiles(repo, { "old.py": leak() + "\n" });
    commitAll(repo, "old leak");
    expect(tryGit(repo, ["push", "origin", "main"], { env: { LEAKPROOF: "0" } }).code).toBe(0);
    git(repo, "checkout", "-q", "-b", "feature");
    writeFiles(repo, { "feature.txt": "x\n" });
    commitAll(repo, "feature");
    const r = push(repo, "feature");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(remoteHas(remote, "feature")).toBeDefined();
    // A new branch that adds one is refused.
    git(repo, "checkout", "-q", "-b", "other", "main");
    writeFiles(repo, { "new.py": leak() + "\n" });
    commitAll(repo, "new leak");
    const refused = push(repo, "other");
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("new.py:1:14");
    expect(refused.stdout + refused.stderr).not.toContain("old.py");
  });

  it("a force-push over commits this clone never saw checks only the new commits", () => {
    const { repo, remote } = pushing();
    // Someone else pushed a commit we do not have.
    const other = tempDir();
    git(other, "clone", "-q", remote, "o");
    const o = join(other, "o");
    git(o, "config", "user.name", "O");
    git(o, "config", "user.email", "o@example.invalid");
    writeFiles(o, { "theirs.txt": "theirs\n" });
    commitAll(o, "theirs");
    git(o, "push", "-q", "origin", "main");
    writeFiles(repo, { "mine.txt": "mine\n" });
    commitAll(repo, "mine");
    const r = push(repo, "--force", "main");
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it("deleting a branch pushes nothing to scan", () => {
    const { repo, remote } = pushing();
    git(repo, "push", "-q", "origin", "main:gone");
    const r = push(repo, "--delete", "gone");
    expect(r.code, r.stderr).toBe(0);
    expect(remoteHas(remote, "gone")).toBeUndefined();
  });

  it("hands git's lines on to a pre-push hook that was there (git-lfs reads them)", () => {
    const repo = tempRepo();
    const remote = join(tempDir(), "r.git");
    git(tempDir(), "init", "-q", "--bare", remote);
    git(repo, "remote", "add", "origin", remote);
    writeExecutable(join(repo, ".git", "hooks", "pre-push"), '#!/bin/sh\ncat > "$(git rev-parse --git-dir)/seen"\n');
    expect(leakproof(["install", "--pre-push"], { cwd: repo }).code).toBe(0);
    writeFiles(repo, { "a.txt": "a\n" });
    commitAll(repo);
    expect(push(repo, "main").code).toBe(0);
    const sha = git(repo, "rev-parse", "HEAD").trim();
    expect(readFileSync(join(repo, ".git", "seen"), "utf8")).toBe(
      `refs/heads/main ${sha} refs/heads/main ${"0".repeat(40)}\n`,
    );
  });

  it("fails closed: no CLI, no push", () => {
    const { repo } = pushing();
    const hook = join(repo, ".git", "hooks", "pre-push");
    writeFileSync(
      hook,
      readFileSync(hook, "utf8").replace(/leakproof_cli='[^']*'/, "leakproof_cli='/nonexistent/main.js'"),
    );
    writeFiles(repo, { "a.txt": "a\n" });
    commitAll(repo);
    const r = tryGit(repo, ["push", "origin", "main"], { env: { PATH: "/usr/bin:/bin" } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("leakproof: push blocked: cannot find the leakproof CLI");
  });

  it("install without --pre-push leaves pre-push alone; uninstall removes it", () => {
    const repo = tempRepo();
    expect(leakproof(["install"], { cwd: repo }).code).toBe(0);
    expect(existsSync(join(repo, ".git", "hooks", "pre-push"))).toBe(false);
    expect(leakproof(["install", "--pre-push"], { cwd: repo }).code).toBe(0);
    expect(leakproof(["install"], { cwd: repo }).stdout).toContain("pre-push");
    expect(leakproof(["uninstall"], { cwd: repo }).code).toBe(0);
    expect(existsSync(join(repo, ".git", "hooks", "pre-push"))).toBe(false);
  });

  it("by hand (no stdin): the commits of HEAD that no remote-tracking ref has", () => {
    const { repo } = pushing();
    git(repo, "fetch", "-q", "origin");
    writeFiles(repo, { "s.py": leak() + "\n" });
    commitAll(repo);
    const r = leakproof(["pre-push", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["s.py"]);
  });

  it("reads the pre-commit framework's range (PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF)", () => {
    const { repo } = pushing();
    const from = git(repo, "rev-parse", "HEAD").trim();
    writeFiles(repo, { "s.py": leak() + "\n" });
    commitAll(repo);
    const to = git(repo, "rev-parse", "HEAD").trim();
    const env = { PRE_COMMIT_FROM_REF: from, PRE_COMMIT_TO_REF: to };
    expect(leakproof(["pre-push"], { cwd: repo, env }).code).toBe(1);
    expect(leakproof(["pre-push"], { cwd: repo, env: { PRE_COMMIT_FROM_REF: to, PRE_COMMIT_TO_REF: to } }).code).toBe(
      0,
    );
  });

  it("refuses malformed input instead of passing it (exit 2)", () => {
    const { repo } = pushing();
    const r = leakproof(["pre-push", "origin"], { cwd: repo, input: "garbage\n" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unexpected pre-push input");
  });
});

describe("pre-push with husky 9 (real husky)", () => {
  it("goes into .husky/pre-push (portable), keeps git's lines for the user's commands, blocks a secret", () => {
    const { repo, remote } = pushing();
    const index = fileURLToPath(new URL("../../node_modules/husky/index.js", import.meta.url));
    execFileSync(process.execPath, ["--input-type=module", "-e", `import h from ${JSON.stringify(index)}; h()`], {
      cwd: repo,
    });
    projectCli(repo);
    writeFiles(repo, { ".husky/pre-push": 'cat > "$(git rev-parse --git-dir)/seen"\n' });
    const r = leakproof(["install", "--pre-push"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    const script = readFileSync(join(repo, ".husky", "pre-push"), "utf8");
    expect(script).not.toContain(process.execPath);
    expect(script).toContain("pre-push");
    git(repo, "add", ".husky");
    git(repo, "commit", "-q", "--no-verify", "-m", "husky");
    expect(push(repo, "main").code).toBe(0);
    const sha = git(repo, "rev-parse", "HEAD").trim();
    expect(readFileSync(join(repo, ".git", "seen"), "utf8")).toContain(`refs/heads/main ${sha} refs/heads/main `);

    writeFiles(repo, { "s.py": leak() + "\n" });
    commitAll(repo, "leak");
    const refused = push(repo, "main");
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("s.py:1:14");
    expect(remoteHas(remote, "main")).toBe(sha);
  });
});

describe("parsePushInput", () => {
  it("reads git's lines", () => {
    const z = "0".repeat(40);
    const a = "a".repeat(40);
    expect(parsePushInput(`refs/heads/x ${a} refs/heads/x ${z}\n\n`)).toEqual([
      { localRef: "refs/heads/x", localSha: a, remoteRef: "refs/heads/x", remoteSha: z },
    ]);
    expect(() => parsePushInput("a b c\n")).toThrow();
  });
});
