// `leakproof history` sees every object a push can carry, however the repository dresses it up:
// commits hidden behind `git replace` or info/grafts, and tags (or any ref) pointing straight at a
// blob or a tree, which `git log --all` never shows.
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { leak, secret, tryGit } from "../git/support.js";

interface Hit {
  file: string;
  line: number;
  secret: string;
  commit?: string;
}

function commit(repo: string, message = "change"): string {
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--no-verify", "-m", message);
  return git(repo, "rev-parse", "HEAD").trim();
}

function scan(repo: string, args: string[] = []): { code: number; hits: Hit[]; stderr: string } {
  const r = leakproof(["history", "--format", "json", "--no-redact", ...args], { cwd: repo });
  expect(r.code, r.stderr).toBeLessThan(2);
  return { code: r.code, hits: (JSON.parse(r.stdout) as { findings: Hit[] }).findings, stderr: r.stderr };
}

describe("history: objects hidden from git log", () => {
  it("a commit replaced with `git replace` is scanned as it is (and the replacement too)", () => {
    const repo = tempRepo();
    writeFiles(repo, { "readme.md": "hi\n" });
    commit(repo, "one");
    const k = secret();
    writeFiles(repo, { "settings.py": leak(k) + "\n" });
    const leaky = commit(repo, "two");
    // A clean look-alike of the leaky commit, put in its place.
    git(repo, "checkout", "-q", "--detach", `${leaky}~1`);
    writeFiles(repo, { "settings.py": "SECRET_KEY = None\n" });
    const clean = commit(repo, "two");
    git(repo, "checkout", "-q", "main");
    git(repo, "replace", leaky, clean);
    expect(git(repo, "log", "-p", "--all")).not.toContain(k);
    const { hits } = scan(repo);
    expect(hits.map((h) => [h.file, h.secret, h.commit])).toEqual([["settings.py", k, leaky]]);
  });

  it("history cut off by info/grafts is scanned whole", () => {
    const repo = tempRepo();
    const k = secret();
    writeFiles(repo, { "settings.py": leak(k) + "\n" });
    const leaky = commit(repo, "one");
    writeFiles(repo, { "settings.py": "SECRET_KEY = None\n" });
    const head = commit(repo, "two");
    writeFiles(repo, { ".git/info/grafts": `${head}\n` });
    expect(tryGit(repo, ["log", "-p", "--all"]).stdout).not.toContain(k);
    expect(scan(repo).hits.map((h) => [h.secret, h.commit])).toEqual([[k, leaky]]);
  });

  it("tags and refs that point at a blob or a tree (nested annotated tags too) are scanned, named by the ref", () => {
    const repo = tempRepo();
    writeFiles(repo, { "readme.md": "hi\n" });
    commit(repo);
    const [k1, k2, k3] = [secret(), secret(), secret()];
    const hash = (text: string) => tryGit(repo, ["hash-object", "-w", "--stdin"], { input: text }).stdout.trim();
    git(repo, "tag", "raw", hash(`# notes\n${leak(k1)}\n`));
    git(repo, "tag", "-a", "-m", "annotated", "ann", hash(leak(k2) + "\n"));
    git(repo, "tag", "-a", "-m", "nested", "nested", "ann");
    // A tree holding a file with a secret, tagged on its own.
    git(repo, "update-index", "--add", "--cacheinfo", `100644,${hash(leak(k3) + "\n")},conf/settings.py`);
    const tree = git(repo, "write-tree").trim();
    git(repo, "read-tree", "HEAD");
    git(repo, "tag", "tree", tree);
    git(repo, "update-ref", "refs/custom/blob", hash(leak(k1) + "\n"));
    const { code, hits } = scan(repo);
    expect(code).toBe(1);
    expect(hits.map((h) => [h.file, h.line, h.secret, h.commit])).toEqual([
      ["refs/custom/blob", 1, k1, undefined],
      ["refs/tags/ann", 1, k2, undefined],
      ["refs/tags/raw", 2, k1, undefined],
      ["refs/tags/tree:conf/settings.py", 1, k3, undefined],
    ]);
    // A range names commits: nothing of the kind is in it.
    expect(scan(repo, ["HEAD"]).hits).toEqual([]);
  });

  it("a tagged binary or oversized blob is skipped with a note, not silently", () => {
    const repo = tempRepo();
    writeFiles(repo, { "readme.md": "hi\n" });
    commit(repo);
    const bin = tryGit(repo, ["hash-object", "-w", "--stdin"], { input: "\0\x01" + leak() }).stdout.trim();
    git(repo, "tag", "bin", bin);
    const r = leakproof(["history", "--verbose"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/refs\/tags\/bin \(binary\)/);
  });
});
