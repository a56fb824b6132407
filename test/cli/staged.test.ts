// `leakproof staged` end to end: the built CLI on real temporary repositories, and real commits
// through the installed hook for what only a hook sees (git commit -a / <paths>, merges).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, commitCount, found, leak, secret, tryGit } from "../git/support.js";

function staged(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  return leakproof(["staged", "--format", "json", ...args], { cwd, env });
}

function expectFindings(
  cwd: string,
  want: Array<[string, number, string]>,
  args: string[] = [],
  env: Record<string, string> = {},
) {
  const r = staged(cwd, args, env);
  expect(r.code, r.stderr).toBe(want.length > 0 ? 1 : 0);
  expect(found(r.stdout)).toEqual(want);
  return r;
}

const INSECURE = "django-insecure-key";

function withHook(repo: string): void {
  const r = leakproof(["install"], { cwd: repo });
  expect(r.code, r.stderr).toBe(0);
}

describe("leakproof staged", () => {
  it("exit 0 when clean, 1 with findings (first commit: against the empty tree)", () => {
    const repo = tempRepo();
    writeFiles(repo, { "README.md": "hello\n" });
    git(repo, "add", ".");
    expectFindings(repo, []);
    writeFiles(repo, { "settings.py": "import os\n" + leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(repo, [["settings.py", 2, INSECURE]]);
  });

  it("after the first commit: only added lines, numbered as in the staged file", () => {
    const repo = tempRepo();
    const old = leak();
    writeFiles(repo, { "settings.py": "# old\n" + old + "\nDEBUG = True\n" });
    commitAll(repo);
    expectFindings(repo, []);
    writeFiles(repo, { "settings.py": "# old\n" + old + "\nDEBUG = True\n\n" + leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(repo, [["settings.py", 5, INSECURE]]);
  });

  it("reads the index, never the working tree", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": "x = 1\n" });
    git(repo, "add", ".");
    writeFiles(repo, { "a.py": "x = 1\n" + leak() + "\n" }); // working tree only
    expectFindings(repo, []);
    git(repo, "add", ".");
    writeFiles(repo, { "a.py": "x = 1\n" }); // index only
    expectFindings(repo, [["a.py", 2, INSECURE]]);
  });

  it("partial staging (git add -p): only the staged hunk counts", () => {
    const repo = tempRepo();
    withHook(repo);
    const lines = Array.from({ length: 30 }, (_, i) => `line${i + 1} = ${i + 1}`);
    writeFiles(repo, { "conf.py": lines.join("\n") + "\n" });
    commitAll(repo);
    const edited = [...lines];
    edited[1] = leak();
    edited[27] = "line28 = 'changed'";
    writeFiles(repo, { "conf.py": edited.join("\n") + "\n" });

    // Stage the clean hunk only: nothing to report, the commit goes through, the secret stays unstaged.
    let add = tryGit(repo, ["add", "-p", "conf.py"], { input: "n\ny\n" });
    expect(add.code, add.stderr).toBe(0);
    expectFindings(repo, []);
    let r = tryGit(repo, ["commit", "-m", "clean hunk"]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(commitCount(repo)).toBe(2);

    // Stage the secret hunk, then drop it from the working tree: the index still has it.
    add = tryGit(repo, ["add", "-p", "conf.py"], { input: "y\n" });
    expect(add.code, add.stderr).toBe(0);
    writeFiles(repo, { "conf.py": lines.map((l, i) => (i === 27 ? edited[27] : l)).join("\n") + "\n" });
    expectFindings(repo, [["conf.py", 2, INSECURE]]);
    r = tryGit(repo, ["commit", "-m", "secret hunk"]);
    expect(r.code).not.toBe(0);
    expect(commitCount(repo)).toBe(2);
  });

  it("partial staging by plumbing (update-index --cacheinfo): the staged blob is what counts", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": "x = 1\n" });
    commitAll(repo);
    const blob = tryGit(repo, ["hash-object", "-w", "--stdin"], { input: "x = 1\n" + leak() + "\n" }).stdout.trim();
    git(repo, "update-index", "--cacheinfo", `100644,${blob},a.py`);
    expectFindings(repo, [["a.py", 2, INSECURE]]);
  });

  it("honours GIT_INDEX_FILE", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": "x = 1\n" });
    commitAll(repo);
    const index = join(tempDir(), "index");
    writeFiles(repo, { "a.py": "x = 1\n" + leak() + "\n" });
    tryGit(repo, ["read-tree", "HEAD"], { env: { GIT_INDEX_FILE: index } });
    tryGit(repo, ["add", "a.py"], { env: { GIT_INDEX_FILE: index } });
    expectFindings(repo, []);
    expectFindings(repo, [["a.py", 2, INSECURE]], [], { GIT_INDEX_FILE: index });
  });

  it("git commit -a and git commit <paths> through the hook (a temporary index): refused; clean ones go through", () => {
    const repo = tempRepo();
    withHook(repo);
    writeFiles(repo, { "a.py": "x = 1\n", "b.py": "y = 1\n" });
    commitAll(repo);

    writeFiles(repo, { "a.py": "x = 1\n" + leak() + "\n" }); // modified, not staged
    let r = tryGit(repo, ["commit", "-a", "-m", "all"]);
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("a.py:2:14");
    r = tryGit(repo, ["commit", "-m", "paths", "--", "a.py"]);
    expect(r.code).not.toBe(0);
    r = tryGit(repo, ["commit", "--only", "-m", "only", "a.py"]);
    expect(r.code).not.toBe(0);
    expect(commitCount(repo)).toBe(1);
    expectFindings(repo, []); // the real index was never touched

    writeFiles(repo, { "a.py": "x = 2\n", "untracked.py": leak() + "\n" }); // -a ignores untracked files
    r = tryGit(repo, ["commit", "-a", "-m", "all clean"]);
    expect(r.code, r.stderr).toBe(0);
    writeFiles(repo, { "b.py": "y = 2\n" });
    r = tryGit(repo, ["commit", "-m", "path clean", "b.py"]);
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(repo)).toBe(3);
  });

  it("merges in progress: the resolution is scanned against HEAD, and the merge commit is refused", () => {
    const repo = tempRepo();
    withHook(repo);
    writeFiles(repo, { "app.py": "VALUE = 0\n" });
    commitAll(repo);
    git(repo, "checkout", "-q", "-b", "side");
    writeFiles(repo, { "app.py": "VALUE = 1\n" });
    commitAll(repo, "side");
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "app.py": "VALUE = 2\n" });
    commitAll(repo, "main");
    expect(tryGit(repo, ["merge", "side"]).code).not.toBe(0); // conflict
    expectFindings(repo, []); // unmerged paths are not staged content

    writeFiles(repo, { "app.py": "VALUE = 3\n" + leak() + "\n" });
    git(repo, "add", "app.py");
    expectFindings(repo, [["app.py", 2, INSECURE]]);
    let r = tryGit(repo, ["commit", "--no-edit"]);
    expect(r.code).not.toBe(0);
    expect(tryGit(repo, ["rev-parse", "-q", "--verify", "MERGE_HEAD"]).code).toBe(0); // still merging

    writeFiles(repo, { "app.py": "VALUE = 3\n" });
    git(repo, "add", "app.py");
    r = tryGit(repo, ["commit", "--no-edit"]);
    expect(r.code, r.stderr).toBe(0);
    expect(git(repo, "rev-list", "--parents", "-n", "1", "HEAD").trim().split(" ")).toHaveLength(3);
  });

  it("a merge bringing in a secret the other branch committed unchecked reports it (it is new to this branch)", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "a\n" });
    commitAll(repo);
    git(repo, "checkout", "-q", "-b", "side");
    writeFiles(repo, { "s.py": leak() + "\n" });
    commitAll(repo, "side, --no-verify");
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "b.txt": "b\n" });
    commitAll(repo, "main");
    git(repo, "merge", "--no-commit", "--no-ff", "-q", "side");
    expectFindings(repo, [["s.py", 1, INSECURE]]);
  });

  it("renames are not re-reported; copies are (a new place the secret lives); deletions add nothing", () => {
    const repo = tempRepo();
    const body = "import os\n" + leak() + "\n" + "X = 1\n".repeat(10);
    writeFiles(repo, { "old.py": body, "gone.py": leak() + "\n", "kept.py": body });
    commitAll(repo);
    git(repo, "mv", "old.py", "new name.py");
    git(repo, "rm", "-q", "gone.py");
    expectFindings(repo, []);
    writeFiles(repo, { "new name.py": body + leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(repo, [["new name.py", 13, INSECURE]]);
    commitAll(repo);
    writeFiles(repo, { "copy.py": body });
    git(repo, "add", ".");
    expectFindings(repo, [["copy.py", 2, INSECURE]]);
  });

  it("binary files are skipped with a note; text hidden by .gitattributes -diff is still scanned", () => {
    const repo = tempRepo();
    writeFiles(repo, { "blob.bin": Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(leak())]) });
    git(repo, "add", ".");
    const r = expectFindings(repo, []);
    expect(r.stderr).toContain("skipped 1 binary file");
    writeFiles(repo, { ".gitattributes": "*.cfg -diff\n", "app.cfg": leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(repo, [["app.cfg", 1, INSECURE]]);
  });

  it("submodules are skipped, the rest is scanned", () => {
    const lib = tempRepo();
    writeFiles(lib, { "lib.py": leak() + "\n" });
    commitAll(lib);
    const repo = tempRepo();
    const add = tryGit(repo, ["-c", "protocol.file.allow=always", "submodule", "add", "-q", lib, "vendor/lib"]);
    expect(add.code, add.stderr).toBe(0);
    writeFiles(repo, { "s.py": leak() + "\n" });
    git(repo, "add", "s.py");
    expectFindings(repo, [["s.py", 1, INSECURE]]);
  });

  it("file names with spaces, unicode, quotes, tabs and newlines come out exact (core.quotePath on or off)", () => {
    const names = ["with space.py", "ünï/日本.py", 'say "hi".py', "tab\there.py", "new\nline.py"];
    for (const quotePath of ["true", "false"]) {
      const repo = tempRepo();
      git(repo, "config", "core.quotePath", quotePath);
      writeFiles(repo, Object.fromEntries(names.map((n) => [n, leak() + "\n"])));
      git(repo, "add", ".");
      const r = staged(repo);
      expect(r.code, r.stderr).toBe(1);
      expect(
        found(r.stdout)
          .map((f) => f[0])
          .sort(),
      ).toEqual([...names].sort());
    }
  });

  it("CRLF files: right line, and the value stops before the \\r", () => {
    const repo = tempRepo();
    const key = secret();
    writeFiles(repo, { "win.py": "import os\r\n" + leak(key) + "\r\n" });
    git(repo, "add", ".");
    const r = staged(repo, ["--no-redact"]);
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.stdout) as { findings: Array<{ line: number; secret: string }> }).findings;
    expect(f).toEqual([expect.objectContaining({ line: 2, secret: key })]);
  });

  it("a staged file over the size limit blocks (exit 2, named, with the ways on) after the report of the rest; --max-file-size scans it, .leakproofignore accepts it", () => {
    const repo = tempRepo();
    const pad = "# padding line to make the file large\n";
    const padLines = Math.ceil((12 * 1048576) / pad.length);
    const filler = pad.repeat(padLines);
    writeFiles(repo, { "huge.py": filler + leak() + "\n", "small.py": leak() + "\n" });
    git(repo, "add", ".");
    let r = staged(repo);
    expect(r.code, r.stderr).toBe(2);
    expect(found(r.stdout)).toEqual([["small.py", 1, INSECURE]]);
    expect(r.stderr).toMatch(/skipped huge\.py \(12\.0 MiB, over the 10 MiB limit/);
    expect(r.stderr).toMatch(/not scanned, so not committed: huge\.py \(12\.0 MiB\)/);
    expect(r.stderr).toContain(".leakproofignore");
    expectFindings(
      repo,
      [
        ["huge.py", padLines + 1, INSECURE],
        ["small.py", 1, INSECURE],
      ],
      ["--max-file-size", "13"],
    );
    r = staged(repo, ["--max-file-size", "0.001"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("skipped huge.py");
    writeFiles(repo, { ".leakproofignore": "huge.py\n" });
    expectFindings(repo, [["small.py", 1, INSECURE]]);
    writeFiles(repo, { "small.py": "import os\n" });
    git(repo, "add", "small.py");
    expectFindings(repo, []);
  });

  it("SHA-256 repositories, through the hook", () => {
    const repo = tempDir();
    git(repo, "init", "-q", "--object-format=sha256");
    git(repo, "config", "user.name", "T");
    git(repo, "config", "user.email", "t@example.invalid");
    withHook(repo);
    writeFiles(repo, { "s.py": leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(repo, [["s.py", 1, INSECURE]]);
    expect(tryGit(repo, ["commit", "-m", "secret"]).code).not.toBe(0);
    git(repo, "rm", "-q", "--cached", "s.py");
    writeFiles(repo, { "a.txt": "fine\n" });
    git(repo, "add", "a.txt");
    expect(tryGit(repo, ["commit", "-m", "clean"]).code).toBe(0);
    writeFiles(repo, { "a.txt": "fine\n" + leak() + "\n" });
    git(repo, "add", "a.txt");
    expectFindings(repo, [["a.txt", 2, INSECURE]]);
  });

  it("linked worktrees: each reads its own index", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "x\n" });
    commitAll(repo);
    const wt = join(tempDir(), "wt");
    git(repo, "worktree", "add", "-q", "-b", "side", wt);
    writeFiles(wt, { "s.py": leak() + "\n" });
    git(wt, "add", ".");
    expectFindings(wt, [["s.py", 1, INSECURE]]);
    expectFindings(repo, []);
  });

  it("paths narrow the scan (lint-staged passes absolute paths); paths outside the repository are an error", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": leak() + "\n", "sub/b.py": leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(repo, [["sub/b.py", 1, INSECURE]], [join(repo, "sub", "b.py")]);
    expectFindings(join(repo, "sub"), [["sub/b.py", 1, INSECURE]], ["b.py"]);
    expectFindings(join(repo, "sub"), [["a.py", 1, INSECURE]], ["../a.py"]);
    expectFindings(
      join(repo, "sub"),
      [
        ["a.py", 1, INSECURE],
        ["sub/b.py", 1, INSECURE],
      ],
      [".."],
    );
    const r = staged(repo, [tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("outside the repository");
  });

  it("from a subdirectory, paths stay relative to the repository root", () => {
    const repo = tempRepo();
    writeFiles(repo, { "deep/er/s.py": leak() + "\n" });
    git(repo, "add", ".");
    expectFindings(join(repo, "deep"), [["deep/er/s.py", 1, INSECURE]]);
    expectFindings(tempDir(), [["deep/er/s.py", 1, INSECURE]], ["-C", repo]);
  });

  it("respects .leakproofignore and config ignore patterns on staged paths; --no-ignore scans them", () => {
    const repo = tempRepo();
    writeFiles(repo, {
      ".leakproofignore": "fixtures/\n",
      ".leakproof.toml": 'ignore = ["*.example"]\n',
      "fixtures/s.py": leak() + "\n",
      "env.example": leak() + "\n",
      "real.py": leak() + "\n",
    });
    git(repo, "add", ".");
    expectFindings(repo, [["real.py", 1, INSECURE]]);
    expectFindings(
      repo,
      [
        ["env.example", 1, INSECURE],
        ["fixtures/s.py", 1, INSECURE],
        ["real.py", 1, INSECURE],
      ],
      ["--no-ignore"],
    );
  });

  it("the fix is written from the staged file, not the working tree", () => {
    const repo = tempRepo();
    writeFiles(repo, { "settings.py": leak() + "\n" });
    git(repo, "add", ".");
    writeFiles(repo, { "settings.py": "import os\n" + leak() + "\n" });
    const r = staged(repo);
    expect(r.code, r.stderr).toBe(1);
    const f = (JSON.parse(r.stdout) as { findings: Array<{ fixSteps?: string[] }> }).findings[0]!;
    expect(f.fixSteps).toContain("Add `import os` at the top of the file.");
  });

  it("errors exit 2 with what failed: not a repository, a bare repository, git failing", () => {
    let r = staged(tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("not a git repository");

    const bare = tempDir();
    git(bare, "init", "-q", "--bare");
    r = staged(bare);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/work tree/);

    const repo = tempRepo();
    const bad = join(tempDir(), "index");
    writeFileSync(bad, "garbage");
    r = staged(repo, [], { GIT_INDEX_FILE: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^leakproof: error: git .*index/m);
    expect(r.stdout).toBe("");
  });

  it("a repository where HEAD names a missing branch (unborn) is a first commit", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "x\n" });
    commitAll(repo);
    git(repo, "checkout", "-q", "--orphan", "fresh");
    mkdirSync(join(repo, "d"));
    writeFiles(repo, { "d/s.py": leak() + "\n" });
    git(repo, "add", "d");
    expectFindings(repo, [["d/s.py", 1, INSECURE]]);
  });
});

describe("the blocking message", () => {
  it("says where, which rule, the redacted secret, why, the fix line, rotation, how to accept, and ends with the fix command", () => {
    const repo = tempRepo();
    const key = secret();
    writeFiles(repo, { "mysite/settings.py": "import os\n\n" + leak(key) + "\n" });
    git(repo, "add", ".");
    const r = leakproof(["staged"], { cwd: repo });
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain("mysite/settings.py:3:14  django-insecure-key");
    expect(out).toContain("secret  djan…");
    expect(out).toMatch(/why +Anyone holding SECRET_KEY can forge sessions, password-reset tokens and signed cookies/);
    expect(out).toContain('fix     SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]');
    expect(out).toMatch(/\.env.*out of git/);
    expect(out).toContain("SECRET_KEY_FALLBACKS");
    expect(out).toContain("leakproof:allow");
    expect(out.trimEnd().split("\n").pop()).toBe(`Fix it: node ${CLI} fix --staged`);
    expect(out).not.toContain(key.slice(4));
  });
});
