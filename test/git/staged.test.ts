// The staged source on real temporary repositories: fragments of the index's added lines.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanStaged, stagedText } from "../../src/git/staged.js";
import { GitError } from "../../src/git/exec.js";
import type { Fragment, Skip } from "../../src/types.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, tryGit } from "./support.js";

const MB = 1048576;

async function scan(cwd: string, opts: { paths?: string[]; maxFileSize?: number; env?: Record<string, string> } = {}) {
  const fragments: Fragment[] = [];
  const skips: Skip[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, opts.env ?? {});
  try {
    const { blobs } = await scanStaged(
      { cwd, paths: opts.paths ?? [], maxFileSize: opts.maxFileSize ?? 10 * MB },
      (f) => fragments.push(f),
      (s) => skips.push(s),
    );
    return { fragments: fragments.map(({ path, text, startLine }) => ({ path, text, startLine })), skips, blobs };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe("scanStaged", () => {
  it("first commit: every staged line, one fragment per file", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "one\ntwo\n", "d/b.txt": "three\n" });
    git(repo, "add", ".");
    expect((await scan(repo)).fragments).toEqual([
      { path: "a.txt", text: "one\ntwo", startLine: 1 },
      { path: "d/b.txt", text: "three", startLine: 1 },
    ]);
  });

  it("later commits: only added lines, with their line numbers in the staged file", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n" });
    commitAll(repo);
    writeFiles(repo, { "a.txt": "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n" });
    git(repo, "add", ".");
    expect((await scan(repo)).fragments).toEqual([
      { path: "a.txt", text: "TWO", startLine: 2 },
      { path: "a.txt", text: "11\n12", startLine: 11 },
    ]);
  });

  it("reads the index, not the working tree", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "staged\n" });
    git(repo, "add", ".");
    writeFiles(repo, { "a.txt": "working tree only\n" });
    expect((await scan(repo)).fragments).toEqual([{ path: "a.txt", text: "staged", startLine: 1 }]);
  });

  it("honours GIT_INDEX_FILE (the temporary index of git commit -a / git commit <paths>)", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "base\n" });
    commitAll(repo);
    writeFiles(repo, { "a.txt": "base\nother index\n" });
    const other = join(tempDir(), "index");
    tryGit(repo, ["read-tree", "HEAD"], { env: { GIT_INDEX_FILE: other } });
    tryGit(repo, ["add", "a.txt"], { env: { GIT_INDEX_FILE: other } });
    expect((await scan(repo)).fragments).toEqual([]);
    expect((await scan(repo, { env: { GIT_INDEX_FILE: other } })).fragments).toEqual([
      { path: "a.txt", text: "other index", startLine: 2 },
    ]);
  });

  it("renames: unchanged lines are not new; edits are, at the new path", async () => {
    const repo = tempRepo();
    const body = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
    writeFiles(repo, { "old name.txt": body });
    commitAll(repo);
    git(repo, "mv", "old name.txt", "new name.txt");
    writeFiles(repo, { "new name.txt": body + "added\n" });
    git(repo, "add", ".");
    expect((await scan(repo)).fragments).toEqual([{ path: "new name.txt", text: "added", startLine: 21 }]);
  });

  it("copies: the copy is a new file, scanned whole", async () => {
    const repo = tempRepo();
    const body = Array.from({ length: 5 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
    writeFiles(repo, { "a.txt": body });
    commitAll(repo);
    writeFiles(repo, { "a.txt": body + "more\n", "copy.txt": body });
    git(repo, "add", ".");
    const { fragments } = await scan(repo);
    expect(fragments).toContainEqual({ path: "copy.txt", text: body.trimEnd(), startLine: 1 });
    expect(fragments).toContainEqual({ path: "a.txt", text: "more", startLine: 6 });
  });

  it("deletions add nothing", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "x\n", "b.txt": "y\n" });
    commitAll(repo);
    git(repo, "rm", "-q", "a.txt");
    expect((await scan(repo)).fragments).toEqual([]);
  });

  it("binary files are skipped with a note; text marked -diff in .gitattributes is still scanned", async () => {
    const repo = tempRepo();
    writeFiles(repo, {
      ".gitattributes": "*.lock -diff\n*.txt binary\n",
      "img.bin": Buffer.from([0x89, 0x50, 0x00, 0x01, 0x41, 0x0a]),
      "deps.lock": "hidden = 1\n",
      "notes.txt": "also hidden\n",
    });
    git(repo, "add", ".");
    const { fragments, skips } = await scan(repo);
    expect(fragments).toEqual([
      { path: ".gitattributes", text: "*.lock -diff\n*.txt binary", startLine: 1 },
      { path: "deps.lock", text: "hidden = 1", startLine: 1 },
      { path: "notes.txt", text: "also hidden", startLine: 1 },
    ]);
    expect(skips).toEqual([{ path: "img.bin", reason: "binary" }]);
  });

  it("-diff text that is modified: only its added lines", async () => {
    const repo = tempRepo();
    writeFiles(repo, { ".gitattributes": "*.lock -diff\n", "deps.lock": "a\nb\n" });
    commitAll(repo);
    writeFiles(repo, { "deps.lock": "a\nb\nc\n" });
    git(repo, "add", ".");
    expect((await scan(repo)).fragments).toEqual([{ path: "deps.lock", text: "c", startLine: 3 }]);
  });

  it("staged files over the size limit are skipped with a note, without git loading them as text", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "big.txt": "x".repeat(3000) + "\n" + "y\n".repeat(1000), "small.txt": "ok\n" });
    git(repo, "add", ".");
    const { fragments, skips } = await scan(repo, { maxFileSize: 2048 });
    expect(fragments).toEqual([{ path: "small.txt", text: "ok", startLine: 1 }]);
    expect(skips).toEqual([{ path: "big.txt", reason: "too-large", detail: "0.0 MiB" }]);
  });

  it("submodules (gitlinks) are skipped", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "x\n" });
    commitAll(repo);
    const head = git(repo, "rev-parse", "HEAD").trim();
    git(repo, "update-index", "--add", "--cacheinfo", `160000,${head},vendored`);
    writeFiles(repo, { "b.txt": "y\n" });
    git(repo, "add", "b.txt");
    expect((await scan(repo)).fragments).toEqual([{ path: "b.txt", text: "y", startLine: 1 }]);
  });

  it("odd file names come out exact: spaces, unicode, quotes, tabs, newlines, even with core.quotePath=true", async () => {
    const repo = tempRepo();
    git(repo, "config", "core.quotePath", "true");
    const names = [
      "with space.txt",
      "ünïcödé/日本.txt",
      'quote"d.txt',
      "tab\there.txt",
      "new\nline.txt",
      "back\\slash.txt",
      "-dash.txt",
    ];
    writeFiles(repo, Object.fromEntries(names.map((n, i) => [n, `v${i}\n`])));
    git(repo, "add", ".");
    const { fragments } = await scan(repo);
    expect(fragments.map((f) => f.path).sort()).toEqual([...names].sort());
    for (const [i, n] of names.entries()) expect(fragments.find((f) => f.path === n)?.text).toBe(`v${i}`);
  });

  it("CRLF files keep their line numbers", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "w.txt": "a\r\nb\r\n" });
    commitAll(repo);
    writeFiles(repo, { "w.txt": "a\r\nb\r\nc\r\n" });
    git(repo, "add", ".");
    expect((await scan(repo)).fragments).toEqual([{ path: "w.txt", text: "c\r", startLine: 3 }]);
  });

  it("paths narrow the scan (literal: no glob magic), relative to the root", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "a\n", "b.txt": "b\n", "*.txt": "star\n", "d/c.txt": "c\n" });
    git(repo, "add", ".");
    expect((await scan(repo, { paths: ["*.txt"] })).fragments.map((f) => f.path)).toEqual(["*.txt"]);
    expect((await scan(join(repo, "d"), { paths: ["a.txt", "d"] })).fragments.map((f) => f.path)).toEqual([
      "a.txt",
      "d/c.txt",
    ]);
  });

  it("SHA-256 repositories", async () => {
    const repo = tempDir();
    git(repo, "init", "-q", "--object-format=sha256");
    git(repo, "config", "user.name", "T");
    git(repo, "config", "user.email", "t@example.invalid");
    writeFiles(repo, { "a.txt": "one\n", bin: Buffer.from([0, 1, 2]) });
    git(repo, "add", ".");
    let r = await scan(repo);
    expect(r.fragments).toEqual([{ path: "a.txt", text: "one", startLine: 1 }]);
    expect(r.blobs.get("a.txt")).toMatch(/^[0-9a-f]{64}$/);
    expect(r.skips).toEqual([{ path: "bin", reason: "binary" }]);
    commitAll(repo);
    writeFiles(repo, { "a.txt": "one\ntwo\n" });
    git(repo, "add", ".");
    r = await scan(repo);
    expect(r.fragments).toEqual([{ path: "a.txt", text: "two", startLine: 2 }]);
  });

  it("linked worktrees read their own index", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "x\n" });
    commitAll(repo);
    const wt = join(tempDir(), "wt");
    git(repo, "worktree", "add", "-q", wt);
    writeFiles(wt, { "a.txt": "x\nin worktree\n" });
    git(wt, "add", ".");
    expect((await scan(repo)).fragments).toEqual([]);
    expect((await scan(wt)).fragments).toEqual([{ path: "a.txt", text: "in worktree", startLine: 2 }]);
  });

  it("stagedText reads the staged blob, not the file on disk", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "s.py": "staged = 1\n" });
    git(repo, "add", ".");
    writeFiles(repo, { "s.py": "disk = 1\n" });
    const { blobs } = await scan(repo);
    expect(stagedText(repo, "s.py", blobs.get("s.py"), MB)).toBe("staged = 1\n");
    expect(stagedText(repo, "s.py", undefined, MB)).toBe("staged = 1\n");
    expect(stagedText(repo, "missing.py", undefined, MB)).toBeUndefined();
  });

  it("a git failure is an error, never an empty result", async () => {
    const repo = tempRepo();
    const bad = join(tempDir(), "index");
    writeFileSync(bad, "not an index");
    await expect(scan(repo, { env: { GIT_INDEX_FILE: bad } })).rejects.toBeInstanceOf(GitError);
  });
});

describe("scanStaged under unusual diff configuration", () => {
  it("ignores noprefix, mnemonicPrefix, interHunkContext, external diff and textconv settings", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "1\n2\n3\n4\n5\n", ".gitattributes": "*.txt diff=upper\n" });
    commitAll(repo);
    for (const [k, v] of [
      ["diff.noprefix", "true"],
      ["diff.mnemonicPrefix", "true"],
      ["diff.interHunkContext", "10"],
      ["diff.context", "5"],
      ["diff.external", "false"],
      ["diff.upper.textconv", "tr a-z A-Z <"],
      ["diff.relative", "true"],
      ["color.diff", "always"],
      ["diff.suppressBlankEmpty", "true"],
    ])
      git(repo, "config", k!, v!);
    writeFiles(repo, { "a.txt": "one\n2\n3\n4\nfive\n" });
    git(repo, "add", ".");
    mkdirSync(join(repo, "sub"));
    expect((await scan(join(repo, "sub"))).fragments).toEqual([
      { path: "a.txt", text: "one", startLine: 1 },
      { path: "a.txt", text: "five", startLine: 5 },
    ]);
  });
});
