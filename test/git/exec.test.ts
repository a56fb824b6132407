// The git chokepoint: fixed flags, the caller's environment, failures that carry git's words.
import { describe, expect, it } from "vitest";
import { GitError, gitStream, gitSync, gitText, LineSplitter } from "../../src/git/exec.js";
import { tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import "./support.js";

describe("git exec", () => {
  it("a failure is a GitError with git's stderr in its message", () => {
    const dir = tempDir();
    let err: unknown;
    try {
      gitText(["rev-parse", "--show-toplevel"], { cwd: dir });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GitError);
    expect((err as GitError).code).toBe(128);
    expect((err as GitError).stderr).toMatch(/not a git repository/);
    expect((err as GitError).message).toMatch(
      /^git rev-parse --show-toplevel failed \(exit 128\): fatal: not a git repository/,
    );
  });

  it("okCodes turn an exit code into an answer", () => {
    const repo = tempRepo();
    expect(gitSync(["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: repo, okCodes: [1] }).code).toBe(1);
  });

  it("passes stdin only when given, and the environment through", () => {
    const repo = tempRepo();
    expect(gitText(["hash-object", "--stdin"], { cwd: repo, input: "x\n" })).toMatch(/^[0-9a-f]{40}$/);
    expect(gitText(["var", "GIT_AUTHOR_IDENT"], { cwd: repo, env: { GIT_AUTHOR_NAME: "Env Name" } })).toMatch(
      /^Env Name </,
    );
  });

  it("paths are not octal-escaped whatever core.quotePath says", () => {
    const repo = tempRepo();
    writeFiles(repo, { "ünï.txt": "x\n" });
    gitText(["config", "core.quotePath", "true"], { cwd: repo });
    gitText(["add", "."], { cwd: repo });
    expect(gitText(["diff", "--cached", "--name-only"], { cwd: repo })).toBe("ünï.txt");
  });

  it("gitStream streams stdout and rejects with stderr on failure", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "hello\n" });
    gitText(["add", "."], { cwd: repo });
    let out = "";
    await expect(gitStream(["diff", "--cached"], { cwd: repo }, (c) => (out += c.toString()))).resolves.toBe(0);
    expect(out).toContain("+hello");
    await expect(gitStream(["diff", "--cached", "no-such-rev"], { cwd: repo }, () => undefined)).rejects.toThrow(
      /no-such-rev/,
    );
  });

  it("gitStream stops git when the consumer throws", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.txt": "hello\n" });
    gitText(["add", "."], { cwd: repo });
    await expect(
      gitStream(["diff", "--cached"], { cwd: repo }, () => {
        throw new Error("consumer failed");
      }),
    ).rejects.toThrow("consumer failed");
  });

  it("a missing git binary is a GitError that says so", () => {
    const saved = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      expect(() => gitSync(["--version"], { cwd: tempDir() })).toThrow(/git is not installed or not on PATH/);
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe("LineSplitter", () => {
  it("splits on \\n only, across chunk and UTF-8 boundaries, and cuts over-long lines", () => {
    const got: Array<[string, boolean]> = [];
    const s = new LineSplitter((l, t) => got.push([l, t]), 5);
    const bytes = Buffer.from("ab\r\né\ncdefghij\nk");
    for (let i = 0; i < bytes.length; i++) s.push(bytes.subarray(i, i + 1));
    s.end();
    expect(got).toEqual([
      ["ab\r", false],
      ["é", false],
      ["cdefg", true],
      ["k", false],
    ]);
  });
});
