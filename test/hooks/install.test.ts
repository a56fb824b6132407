// install / uninstall in real temporary repositories, and real `git commit`s through the hook.
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, commitCount, leak, projectCli, tryGit, writeExecutable } from "../git/support.js";
import { chainedName } from "../../src/hooks/script.js";

const CHAINED = chainedName("pre-commit");

function install(cwd: string, env: Record<string, string> = {}) {
  const r = leakproof(["install"], { cwd, env });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

function uninstall(cwd: string) {
  const r = leakproof(["uninstall"], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** Stages one file and tries to commit it through the hooks. */
function commitFile(cwd: string, path: string, content: string, env: Record<string, string> = {}) {
  writeFiles(cwd, { [path]: content });
  git(cwd, "add", "--", path);
  return tryGit(cwd, ["commit", "-m", `add ${path}`], { env });
}

function expectRefused(cwd: string, r: { code: number; stderr: string; stdout: string }, before: number) {
  expect(r.code, r.stdout + r.stderr).not.toBe(0);
  expect(commitCount(cwd)).toBe(before);
}

/** Husky 9's own files, as `npx husky` writes them (trimmed to what matters). */
function fakeHusky9(repo: string): void {
  projectCli(repo);
  mkdirSync(join(repo, ".husky", "_"), { recursive: true });
  writeExecutable(
    join(repo, ".husky", "_", "h"),
    [
      "#!/usr/bin/env sh",
      '[ "$HUSKY" = "0" ] && exit 0',
      'n=$(basename "$0")',
      's=$(dirname "$(dirname "$0")")/$n',
      '[ ! -f "$s" ] && exit 0',
      'export PATH="node_modules/.bin:$PATH"',
      'sh -e "$s" "$@"',
      "c=$?",
      '[ $c != 0 ] && echo "husky - $n script failed (code $c)"',
      "exit $c",
      "",
    ].join("\n"),
  );
  for (const hook of ["pre-commit", "pre-merge-commit"])
    writeExecutable(join(repo, ".husky", "_", hook), '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n');
  writeFileSync(join(repo, ".husky", "_", ".gitignore"), "*\n");
  git(repo, "config", "core.hooksPath", ".husky/_");
}

describe("leakproof install", () => {
  it("a secret is refused and no commit is created; a clean commit goes through", () => {
    const repo = tempRepo();
    const out = install(repo).stdout;
    expect(out).toContain(join(".git", "hooks"));
    const hook = join(repo, ".git", "hooks", "pre-commit");
    expect(statSync(hook).mode & 0o111).not.toBe(0);

    // The very first commit (no HEAD yet).
    let r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 0);
    expect(r.stderr + r.stdout).toContain("django-insecure-key");
    expect(r.stderr).toContain("leakproof: commit blocked: secrets found");

    git(repo, "reset", "-q");
    r = commitFile(repo, "README.md", "# hello\n");
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(repo)).toBe(1);

    r = commitFile(repo, "settings.py", "DEBUG = True\n" + leak() + "\n");
    expectRefused(repo, r, 1);
    expect(r.stderr + r.stdout).toContain("settings.py:2:14");
  });

  it("LEAKPROOF=0 skips the check", () => {
    const repo = tempRepo();
    install(repo);
    const r = commitFile(repo, "settings.py", leak() + "\n", { LEAKPROOF: "0" });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(repo)).toBe(1);
  });

  it("a failing scan (exit 2: bad config) blocks the commit and says what failed", () => {
    const repo = tempRepo();
    install(repo);
    writeFiles(repo, { ".leakproof.toml": "nonsense = 1\n" });
    const r = commitFile(repo, "a.txt", "clean\n");
    expectRefused(repo, r, 0);
    expect(r.stderr).toContain(".leakproof.toml");
    expect(r.stderr).toContain("leakproof: commit blocked: leakproof staged failed (exit 2");
  });

  it("fails closed when the CLI it recorded is gone", () => {
    const repo = tempRepo();
    install(repo);
    const hook = join(repo, ".git", "hooks", "pre-commit");
    writeFileSync(
      hook,
      readFileSync(hook, "utf8").replace(/leakproof_cli='[^']*'/, "leakproof_cli='/nonexistent/leakproof/main.js'"),
    );
    const r = commitFile(repo, "a.txt", "clean\n");
    expectRefused(repo, r, 0);
    expect(r.stderr).toContain("leakproof: commit blocked: cannot find the leakproof CLI");
  });

  it("prefers the project's node_modules/.bin/leakproof", () => {
    const repo = tempRepo();
    install(repo);
    writeFiles(repo, { ".gitignore": "node_modules/\nran.txt\n" });
    mkdirSync(join(repo, "node_modules", ".bin"), { recursive: true });
    writeExecutable(join(repo, "node_modules", ".bin", "leakproof"), '#!/bin/sh\necho "$@" > ran.txt\nexit 0\n');
    const r = commitFile(repo, "settings.py", leak() + "\n");
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(repo, "ran.txt"), "utf8")).toBe("staged\n");
  });

  it("chains to an existing hook (run after the scan), idempotently; uninstall restores it exactly", () => {
    const repo = tempRepo();
    const hook = join(repo, ".git", "hooks", "pre-commit");
    const original =
      '#!/bin/sh\necho "previous hook ran" >> "$(git rev-parse --git-dir)/ran.txt"\nexit "${PREVIOUS_EXIT:-0}"';
    writeFileSync(hook, original);
    chmodSync(hook, 0o750);

    install(repo);
    const installed = readFileSync(hook, "utf8");
    expect(readFileSync(join(repo, ".git", "hooks", CHAINED), "utf8")).toBe(original);
    expect(install(repo).stdout).toContain("already installed");
    expect(readFileSync(hook, "utf8")).toBe(installed);
    expect(readFileSync(join(repo, ".git", "hooks", CHAINED), "utf8")).toBe(original);

    const ran = join(repo, ".git", "ran.txt");
    let r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 0);
    expect(existsSync(ran)).toBe(false); // the scan failed first

    git(repo, "reset", "-q");
    r = commitFile(repo, "a.txt", "clean\n");
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(ran, "utf8")).toBe("previous hook ran\n");

    r = commitFile(repo, "b.txt", "clean\n", { PREVIOUS_EXIT: "3" });
    expectRefused(repo, r, 1); // the chained hook's failure still blocks

    r = commitFile(repo, "b.txt", "clean\n", { LEAKPROOF: "0" });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(ran, "utf8")).toBe("previous hook ran\n".repeat(3)); // LEAKPROOF=0 skips only the scan

    expect(uninstall(repo).stdout).toContain("put back");
    expect(readFileSync(hook, "utf8")).toBe(original);
    expect(statSync(hook).mode & 0o777).toBe(0o750);
    expect(existsSync(join(repo, ".git", "hooks", CHAINED))).toBe(false);
  });

  it("keeps a symlinked hook a symlink, and a non-executable hook non-executable (git ignores it, so do we)", () => {
    const repo = tempRepo();
    const hooks = join(repo, ".git", "hooks");
    writeFiles(repo, { "tools/hook.sh": "#!/bin/sh\ntouch linked-ran\n" });
    chmodSync(join(repo, "tools", "hook.sh"), 0o755);
    symlinkSync("../../tools/hook.sh", join(hooks, "pre-commit"));
    install(repo);
    expect(lstatSync(join(hooks, CHAINED)).isSymbolicLink()).toBe(true);
    uninstall(repo);
    expect(readlinkSync(join(hooks, "pre-commit"))).toBe("../../tools/hook.sh");

    const other = tempRepo();
    const hook = join(other, ".git", "hooks", "pre-commit");
    writeFileSync(hook, "#!/bin/sh\nexit 1\n", { mode: 0o644 });
    chmodSync(hook, 0o644);
    install(other);
    const r = commitFile(other, "a.txt", "clean\n");
    expect(r.code, r.stderr).toBe(0);
    uninstall(other);
    expect(statSync(hook).mode & 0o777).toBe(0o644);
  });

  it("uninstall with no previous hook removes ours; uninstall when not installed says so", () => {
    const repo = tempRepo();
    expect(uninstall(repo).stdout).toContain("not installed");
    install(repo);
    uninstall(repo);
    expect(existsSync(join(repo, ".git", "hooks", "pre-commit"))).toBe(false);
    expect(existsSync(join(repo, ".git", "hooks", "pre-merge-commit"))).toBe(false);
    const r = commitFile(repo, "settings.py", leak() + "\n");
    expect(r.code).toBe(0);
  });

  it("refuses to overwrite when a foreign hook and a chained one both exist", () => {
    const repo = tempRepo();
    const hooks = join(repo, ".git", "hooks");
    writeExecutable(join(hooks, "pre-commit"), "#!/bin/sh\nexit 0\n");
    writeExecutable(join(hooks, CHAINED), "#!/bin/sh\nexit 0\n");
    const r = leakproof(["install"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(CHAINED);
    expect(readFileSync(join(hooks, "pre-commit"), "utf8")).toBe("#!/bin/sh\nexit 0\n");
  });

  it("honours core.hooksPath (git ignores .git/hooks once it is set)", () => {
    const repo = tempRepo();
    git(repo, "config", "core.hooksPath", ".githooks");
    mkdirSync(join(repo, "sub"));
    install(join(repo, "sub"));
    expect(existsSync(join(repo, ".githooks", "pre-commit"))).toBe(true);
    expect(existsSync(join(repo, ".git", "hooks", "pre-commit"))).toBe(false);
    const r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 0);
    uninstall(repo);
    expect(existsSync(join(repo, ".githooks", "pre-commit"))).toBe(false);
  });

  it("husky 9 (core.hooksPath=.husky/_): adds itself to .husky/pre-commit, runs before the user's commands", () => {
    const repo = tempRepo();
    fakeHusky9(repo);
    const user = "echo user-hook >> user-ran.txt\n";
    writeFiles(repo, { ".husky/pre-commit": user, ".gitignore": "user-ran.txt\n" });
    const stub = readFileSync(join(repo, ".husky", "_", "pre-commit"), "utf8");
    expect(install(repo).stdout).toContain(join(".husky", "pre-commit"));
    expect(install(repo).stdout).toContain("already in");
    expect(readFileSync(join(repo, ".husky", "_", "pre-commit"), "utf8")).toBe(stub);
    expect(existsSync(join(repo, ".git", "hooks", "pre-commit"))).toBe(false);

    let r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 0);
    expect(existsSync(join(repo, "user-ran.txt"))).toBe(false);

    git(repo, "reset", "-q");
    r = commitFile(repo, "a.txt", "clean\n");
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(repo, "user-ran.txt"), "utf8")).toBe("user-hook\n");

    r = commitFile(repo, "settings.py", leak() + "\n", { LEAKPROOF: "0" });
    expect(r.code, r.stderr).toBe(0);

    expect(existsSync(join(repo, ".husky", "pre-merge-commit"))).toBe(true);
    uninstall(repo);
    expect(readFileSync(join(repo, ".husky", "pre-commit"), "utf8")).toBe(user);
    expect(existsSync(join(repo, ".husky", "pre-merge-commit"))).toBe(false);
  });

  it("husky in a monorepo package (core.hooksPath=web/.husky/_): the package's .husky/pre-commit", () => {
    const repo = tempRepo();
    mkdirSync(join(repo, "web", ".husky", "_"), { recursive: true });
    writeExecutable(join(repo, "web", ".husky", "_", "pre-commit"), "#!/bin/sh\nsh -e web/.husky/pre-commit\n");
    git(repo, "config", "core.hooksPath", "web/.husky/_");
    projectCli(repo);
    install(repo);
    expect(readFileSync(join(repo, "web", ".husky", "pre-commit"), "utf8")).toContain("node_modules/.bin/leakproof");
    expect(readFileSync(join(repo, "web", ".husky", "_", "pre-commit"), "utf8")).toBe(
      "#!/bin/sh\nsh -e web/.husky/pre-commit\n",
    );
    const r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 0);
  });

  it("uninstall with husky also removes a hook an earlier install put in .git/hooks", () => {
    const repo = tempRepo();
    install(repo);
    fakeHusky9(repo);
    writeFiles(repo, { ".husky/pre-commit": "npm test\n" });
    install(repo);
    uninstall(repo);
    expect(existsSync(join(repo, ".git", "hooks", "pre-commit"))).toBe(false);
    expect(existsSync(join(repo, ".git", "hooks", "pre-merge-commit"))).toBe(false);
    expect(readFileSync(join(repo, ".husky", "pre-commit"), "utf8")).toBe("npm test\n");
  });

  it("husky 4-8 (core.hooksPath=.husky): goes after the husky.sh line; uninstall restores the bytes", () => {
    const repo = tempRepo();
    writeFiles(repo, { ".husky/_/husky.sh": "# husky\n" });
    const user = '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nexit 0';
    writeExecutable(join(repo, ".husky", "pre-commit"), user);
    git(repo, "config", "core.hooksPath", ".husky");
    projectCli(repo);
    install(repo);
    const r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 0);
    expect(r.stdout + r.stderr).toContain("settings.py:1:14");
    uninstall(repo);
    expect(readFileSync(join(repo, ".husky", "pre-commit"), "utf8")).toBe(user);
    expect(statSync(join(repo, ".husky", "pre-commit")).mode & 0o111).not.toBe(0);
  });

  it("a .husky/ directory without core.hooksPath: creates .husky/pre-commit and says husky is not active; uninstall deletes it", () => {
    const repo = tempRepo();
    mkdirSync(join(repo, ".husky"));
    const out = install(repo).stdout;
    expect(out).toContain("husky is not set up");
    expect(existsSync(join(repo, ".husky", "pre-commit"))).toBe(true);
    expect(existsSync(join(repo, ".husky", "pre-merge-commit"))).toBe(true);
    uninstall(repo);
    expect(existsSync(join(repo, ".husky", "pre-commit"))).toBe(false);
    expect(existsSync(join(repo, ".husky", "pre-merge-commit"))).toBe(false);
  });

  it("works from a linked worktree: the hook lands in the shared hooks directory and guards both", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "x\n" });
    commitAll(repo);
    const wt = join(tempDir(), "wt");
    git(repo, "worktree", "add", "-q", "-b", "side", wt);
    install(wt);
    expect(existsSync(join(repo, ".git", "hooks", "pre-commit"))).toBe(true);
    let r = commitFile(wt, "settings.py", leak() + "\n");
    expectRefused(wt, r, 1);
    git(wt, "reset", "-q");
    r = commitFile(wt, "b.txt", "clean\n");
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(wt)).toBe(2);
    r = commitFile(repo, "settings.py", leak() + "\n");
    expectRefused(repo, r, 1);
  });

  it("works in a submodule: the hook lands in .git/modules/<name>/hooks", () => {
    const lib = tempRepo();
    writeFiles(lib, { "lib.txt": "lib\n" });
    commitAll(lib);
    const repo = tempRepo();
    tryGit(repo, ["-c", "protocol.file.allow=always", "submodule", "add", "-q", lib, "vendor/lib"]);
    commitAll(repo);
    const sub = join(repo, "vendor", "lib");
    git(sub, "config", "user.name", "T");
    git(sub, "config", "user.email", "t@example.invalid");
    install(sub);
    expect(existsSync(join(repo, ".git", "modules", "vendor", "lib", "hooks", "pre-commit"))).toBe(true);
    expect(existsSync(join(repo, ".git", "hooks", "pre-commit"))).toBe(false);
    const r = commitFile(sub, "settings.py", leak() + "\n");
    expectRefused(sub, r, 1);
    uninstall(sub);
    expect(existsSync(join(repo, ".git", "modules", "vendor", "lib", "hooks", "pre-commit"))).toBe(false);
  });

  it("outside a repository: exit 2 with a message", () => {
    const r = leakproof(["install"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a git repository");
    expect(leakproof(["uninstall"], { cwd: tempDir() }).code).toBe(2);
  });
});
