// The pre-merge-commit hook: a merge without conflicts makes its commit without running
// pre-commit, so install adds pre-merge-commit too. Real repositories, real `git merge`s.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, commitCount, leak, projectCli, tryGit, writeExecutable, type Run } from "../git/support.js";
import { chainedName } from "../../src/hooks/script.js";

const CHAINED = chainedName("pre-merge-commit");

function install(cwd: string) {
  const r = leakproof(["install"], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

function uninstall(cwd: string) {
  const r = leakproof(["uninstall"], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

/** main with one commit of its own, and a branch `side` committed with --no-verify (the hook never saw it). */
function branches(repo: string, side: Record<string, string>): void {
  writeFiles(repo, { "README.md": "# hello\n" });
  commitAll(repo, "init");
  git(repo, "checkout", "-q", "-b", "side");
  writeFiles(repo, side);
  commitAll(repo, "side");
  git(repo, "checkout", "-q", "main");
  writeFiles(repo, { "main.txt": "main\n" });
  commitAll(repo, "main");
}

function merge(repo: string, env: Record<string, string> = {}): Run {
  return tryGit(repo, ["merge", "--no-ff", "--no-edit", "side"], { env });
}

function head(repo: string): string {
  return git(repo, "rev-parse", "HEAD").trim();
}

/** The merge was refused: no merge commit, and git left the merge in progress (MERGE_HEAD, result staged). */
function expectMergeRefused(repo: string, r: Run, before: string): void {
  expect(r.code, r.stdout + r.stderr).not.toBe(0);
  expect(head(repo)).toBe(before);
  expect(existsSync(join(repo, ".git", "MERGE_HEAD"))).toBe(true);
}

function expectMerged(repo: string, r: Run, before: string): void {
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(git(repo, "rev-parse", "HEAD^1").trim()).toBe(before);
  expect(git(repo, "rev-parse", "HEAD^2").trim()).toBe(git(repo, "rev-parse", "side").trim());
}

/** husky 9 set up for real: its own index.js writes .husky/_ (stubs for every hook, h) and core.hooksPath. */
function realHusky(repo: string): void {
  const index = fileURLToPath(new URL("../../node_modules/husky/index.js", import.meta.url));
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", `import h from ${JSON.stringify(index)}; process.stdout.write(h())`],
    {
      cwd: repo,
      encoding: "utf8",
    },
  );
  expect(out).toBe("");
  expect(existsSync(join(repo, ".husky", "_", "pre-merge-commit"))).toBe(true);
  projectCli(repo);
}

describe("pre-merge-commit", () => {
  it("install says it installed both hooks; a second install changes nothing", () => {
    const repo = tempRepo();
    const out = install(repo).stdout;
    expect(out).toContain("installed the pre-commit and pre-merge-commit hooks in");
    const hooks = join(repo, ".git", "hooks");
    const hook = readFileSync(join(hooks, "pre-merge-commit"), "utf8");
    expect(statSync(join(hooks, "pre-merge-commit")).mode & 0o111).not.toBe(0);
    expect(hook).toContain("# leakproof pre-merge-commit hook");
    expect(hook).toContain(`/${CHAINED}"`);
    expect(install(repo).stdout).toContain("the pre-commit and pre-merge-commit hooks are already installed");
    expect(readFileSync(join(hooks, "pre-merge-commit"), "utf8")).toBe(hook);
  });

  it("an existing install with only pre-commit gets pre-merge-commit added", () => {
    const repo = tempRepo();
    install(repo);
    const hooks = join(repo, ".git", "hooks");
    const pre = readFileSync(join(hooks, "pre-commit"), "utf8");
    unlinkSync(join(hooks, "pre-merge-commit")); // what an install from before pre-merge-commit left
    const out = install(repo).stdout;
    expect(out).toContain("installed the pre-merge-commit hook in");
    expect(out).toContain("the pre-commit hook is already installed");
    expect(readFileSync(join(hooks, "pre-commit"), "utf8")).toBe(pre);
  });

  it("a secret brought in by a clean merge of a --no-verify branch is refused; no merge commit", () => {
    const repo = tempRepo();
    install(repo);
    branches(repo, { "settings.py": "DEBUG = True\n" + leak() + "\n" });
    const before = head(repo);
    const count = commitCount(repo);

    const r = merge(repo);
    expectMergeRefused(repo, r, before);
    expect(commitCount(repo)).toBe(count);
    expect(r.stdout + r.stderr).toContain("settings.py:2:14");
    expect(r.stderr).toContain("leakproof: merge blocked: secrets found");
    expect(r.stderr).toContain("Not committing merge"); // git's own words: the merge stays in progress

    // Finishing it with `git commit` runs pre-commit, which refuses the same merge result.
    const c = tryGit(repo, ["commit", "--no-edit"]);
    expect(c.code, c.stdout + c.stderr).not.toBe(0);
    expect(head(repo)).toBe(before);
    expect(c.stderr).toContain("leakproof: commit blocked: secrets found");

    git(repo, "merge", "--abort");
    expect(existsSync(join(repo, ".git", "MERGE_HEAD"))).toBe(false);
    expect(head(repo)).toBe(before);

    // LEAKPROOF=0 skips it once.
    expectMerged(repo, merge(repo, { LEAKPROOF: "0" }), before);
  });

  it("a clean merge of a clean branch goes through", () => {
    const repo = tempRepo();
    install(repo);
    branches(repo, { "lib.py": "def f():\n    return 1\n" });
    const before = head(repo);
    expectMerged(repo, merge(repo), before);
    expect(existsSync(join(repo, ".git", "MERGE_HEAD"))).toBe(false);
  });

  it("without install, the same merge goes through (the gap this closes)", () => {
    const repo = tempRepo();
    branches(repo, { "settings.py": leak() + "\n" });
    const before = head(repo);
    expectMerged(repo, merge(repo), before);
  });

  it("fails closed when the CLI it recorded is gone", () => {
    const repo = tempRepo();
    install(repo);
    const hook = join(repo, ".git", "hooks", "pre-merge-commit");
    writeFileSync(
      hook,
      readFileSync(hook, "utf8").replace(/leakproof_cli='[^']*'/, "leakproof_cli='/nonexistent/leakproof/main.js'"),
    );
    branches(repo, { "lib.py": "x = 1\n" });
    const before = head(repo);
    const r = merge(repo);
    expectMergeRefused(repo, r, before);
    expect(r.stderr).toContain("leakproof: merge blocked: cannot find the leakproof CLI");
  });

  it("chains to an existing pre-merge-commit hook (after the scan), idempotently; uninstall restores it exactly", () => {
    const repo = tempRepo();
    const hooks = join(repo, ".git", "hooks");
    const hook = join(hooks, "pre-merge-commit");
    const original =
      '#!/bin/sh\necho "previous merge hook ran" >> "$(git rev-parse --git-dir)/ran.txt"\nexit "${PREVIOUS_EXIT:-0}"';
    writeFileSync(hook, original);
    chmodSync(hook, 0o750);

    const out = install(repo).stdout;
    expect(out).toContain(`your existing pre-merge-commit hook is kept as ${CHAINED}`);
    const installed = readFileSync(hook, "utf8");
    expect(readFileSync(join(hooks, CHAINED), "utf8")).toBe(original);
    expect(install(repo).stdout).toContain("already installed");
    expect(readFileSync(hook, "utf8")).toBe(installed);
    expect(readFileSync(join(hooks, CHAINED), "utf8")).toBe(original);
    expect(existsSync(join(hooks, chainedName("pre-commit")))).toBe(false);

    const ran = join(repo, ".git", "ran.txt");
    branches(repo, { "settings.py": leak() + "\n" });
    const before = head(repo);
    expectMergeRefused(repo, merge(repo), before);
    expect(existsSync(ran)).toBe(false); // the scan failed first
    git(repo, "merge", "--abort");

    git(repo, "checkout", "-q", "side");
    writeFiles(repo, { "settings.py": "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n" });
    commitAll(repo, "fix");
    git(repo, "checkout", "-q", "main");
    const r = merge(repo, { PREVIOUS_EXIT: "3" });
    expectMergeRefused(repo, r, before); // the chained hook's failure still blocks
    expect(readFileSync(ran, "utf8")).toBe("previous merge hook ran\n");
    git(repo, "merge", "--abort");
    expectMerged(repo, merge(repo), before);
    expect(readFileSync(ran, "utf8")).toBe("previous merge hook ran\n".repeat(2));

    expect(uninstall(repo).stdout).toContain("put back the pre-merge-commit hook");
    expect(readFileSync(hook, "utf8")).toBe(original);
    expect(statSync(hook).mode & 0o777).toBe(0o750);
    expect(existsSync(join(hooks, CHAINED))).toBe(false);
    expect(existsSync(join(hooks, "pre-commit"))).toBe(false);
  });

  it("pre-merge-commit symlinked to pre-commit (a common setup): both chained, both given back as they were", () => {
    const repo = tempRepo();
    const hooks = join(repo, ".git", "hooks");
    const pre = '#!/bin/sh\necho ran >> "$(git rev-parse --git-dir)/ran.txt"\n';
    writeExecutable(join(hooks, "pre-commit"), pre);
    symlinkSync("pre-commit", join(hooks, "pre-merge-commit"));
    install(repo);
    expect(lstatSync(join(hooks, CHAINED)).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(hooks, "pre-merge-commit")).isFile()).toBe(true);

    branches(repo, { "settings.py": leak() + "\n" });
    const before = head(repo);
    expectMergeRefused(repo, merge(repo), before);
    expect(existsSync(join(repo, ".git", "ran.txt"))).toBe(false);
    git(repo, "merge", "--abort");

    uninstall(repo);
    expect(readlinkSync(join(hooks, "pre-merge-commit"))).toBe("pre-commit");
    expect(readFileSync(join(hooks, "pre-commit"), "utf8")).toBe(pre);
    expect(statSync(join(hooks, "pre-commit")).mode & 0o111).not.toBe(0);
    expect(existsSync(join(hooks, CHAINED))).toBe(false);
    expect(existsSync(join(hooks, chainedName("pre-commit")))).toBe(false);
  });

  it("refuses (and changes nothing) when a foreign pre-merge-commit and a chained one both exist", () => {
    const repo = tempRepo();
    const hooks = join(repo, ".git", "hooks");
    writeExecutable(join(hooks, "pre-merge-commit"), "#!/bin/sh\nexit 0\n");
    writeExecutable(join(hooks, CHAINED), "#!/bin/sh\nexit 0\n");
    const r = leakproof(["install"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(CHAINED);
    expect(readFileSync(join(hooks, "pre-merge-commit"), "utf8")).toBe("#!/bin/sh\nexit 0\n");
    expect(existsSync(join(hooks, "pre-commit"))).toBe(false); // no half install
  });

  it("honours core.hooksPath", () => {
    const repo = tempRepo();
    git(repo, "config", "core.hooksPath", ".githooks");
    install(repo);
    expect(existsSync(join(repo, ".githooks", "pre-merge-commit"))).toBe(true);
    expect(existsSync(join(repo, ".git", "hooks", "pre-merge-commit"))).toBe(false);
    writeFiles(repo, { ".gitignore": ".githooks/\n" });
    branches(repo, { "settings.py": leak() + "\n" });
    const before = head(repo);
    expectMergeRefused(repo, merge(repo), before);
    git(repo, "merge", "--abort");
    uninstall(repo);
    expect(existsSync(join(repo, ".githooks", "pre-merge-commit"))).toBe(false);
    expect(existsSync(join(repo, ".githooks", "pre-commit"))).toBe(false);
  });

  it("husky 9 (real husky): the block goes into .husky/pre-merge-commit, which husky's stub runs; uninstall takes it out", () => {
    const repo = tempRepo();
    realHusky(repo);
    const userMerge = "echo merge-hook >> user-ran.txt\n";
    writeFiles(repo, {
      ".husky/pre-commit": "echo commit-hook >> user-ran.txt\n",
      ".husky/pre-merge-commit": userMerge,
      ".gitignore": "user-ran.txt\n",
    });
    const out = install(repo).stdout;
    expect(out).toContain(`added to ${join(".husky", "pre-commit")}`);
    expect(out).toContain(`added to ${join(".husky", "pre-merge-commit")}`);
    expect(out).not.toContain("is missing");
    const added = readFileSync(join(repo, ".husky", "pre-merge-commit"), "utf8");
    expect(added).not.toContain("leakproof_cli="); // committed: no path of this machine
    expect(added).toContain("node_modules/.bin/leakproof");
    expect(added).toContain("merge blocked");
    expect(install(repo).stdout).toContain(`already in ${join(".husky", "pre-merge-commit")}`);
    expect(readFileSync(join(repo, ".husky", "pre-merge-commit"), "utf8")).toBe(added);
    expect(existsSync(join(repo, ".git", "hooks", "pre-merge-commit"))).toBe(false);

    branches(repo, { "settings.py": leak() + "\n" });
    const before = head(repo);
    const r = merge(repo);
    expectMergeRefused(repo, r, before);
    expect(r.stderr).toContain("leakproof: merge blocked: secrets found");
    expect(r.stdout + r.stderr).toContain("husky - pre-merge-commit script failed");
    expect(existsSync(join(repo, "user-ran.txt"))).toBe(false);
    git(repo, "merge", "--abort");

    uninstall(repo);
    expect(readFileSync(join(repo, ".husky", "pre-merge-commit"), "utf8")).toBe(userMerge);
    expect(readFileSync(join(repo, ".husky", "pre-commit"), "utf8")).toBe("echo commit-hook >> user-ran.txt\n");
  });

  it("husky 9 with no .husky/pre-merge-commit: install creates it (executable), a clean merge goes through, uninstall deletes it", () => {
    const repo = tempRepo();
    realHusky(repo);
    writeFiles(repo, { ".husky/pre-commit": "npm test\n" });
    const out = install(repo).stdout;
    expect(out).toContain(`created ${join(".husky", "pre-merge-commit")}`);
    expect(out).toContain("pre-merge-commit checks what a merge brings in");
    const script = join(repo, ".husky", "pre-merge-commit");
    expect(statSync(script).mode & 0o111).not.toBe(0);

    branches(repo, { "lib.py": "x = 1\n" });
    const before = head(repo);
    expectMerged(repo, merge(repo), before);

    uninstall(repo);
    expect(existsSync(script)).toBe(false);
    expect(readFileSync(join(repo, ".husky", "pre-commit"), "utf8")).toBe("npm test\n");
  });

  it("husky without a pre-merge-commit stub in .husky/_: install says git will not run it", () => {
    const repo = tempRepo();
    realHusky(repo);
    unlinkSync(join(repo, ".husky", "_", "pre-merge-commit"));
    const out = install(repo).stdout;
    expect(out).toContain(`${join(".husky", "_", "pre-merge-commit")} is missing`);
    expect(out).not.toContain(`${join(".husky", "_", "pre-commit")} is missing`);
  });
});
