// The history source on real repositories, below the CLI: --since, the --cc fallback for git
// before 2.36, streaming, and failures that reject.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { GitError } from "../../src/git/exec.js";
import { checkRanges, headTexts, scanHistory, secretsAtHead, type HistoryOptions } from "../../src/git/history.js";
import type { Fragment } from "../../src/types.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { leak, secret, tryGit } from "./support.js";

let clock = 1_700_000_000;
function commit(repo: string, message = "change"): string {
  clock += 3600;
  const env = { GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` };
  expect(tryGit(repo, ["add", "-A"]).code).toBe(0);
  const r = tryGit(repo, ["commit", "-q", "--no-verify", "-m", message], { env });
  expect(r.code, r.stderr).toBe(0);
  return git(repo, "rev-parse", "HEAD").trim();
}

async function scan(opts: Partial<HistoryOptions> & { cwd: string }): Promise<Fragment[]> {
  const fragments: Fragment[] = [];
  await scanHistory({ ranges: [], maxFileSize: 1048576, ...opts }, { fragment: (f) => fragments.push(f) });
  return fragments;
}

/** A conflict resolved with a new line, and an ordinary merge. */
function mergeRepo() {
  const repo = tempRepo();
  writeFiles(repo, { "f.py": "a = 1\nb = 2\nc = 3\n" });
  commit(repo);
  git(repo, "checkout", "-q", "-b", "side");
  writeFiles(repo, { "f.py": "a = 1\nb = 'side'\nc = 3\n", "side.py": leak() + "\n" });
  const side = commit(repo);
  git(repo, "checkout", "-q", "main");
  writeFiles(repo, { "f.py": "a = 1\nb = 'main'\nc = 3\n" });
  commit(repo);
  expect(tryGit(repo, ["merge", "-q", "side"]).code).not.toBe(0);
  const resolution = "RESOLVED = " + JSON.stringify(secret());
  // Both sides kept (not new), plus a line of the resolution's own.
  writeFiles(repo, { "f.py": `a = 1\nb = 'main'\nb = 'side'\n${resolution}\nc = 3\n` });
  const merge = commit(repo, "merge");
  return { repo, side, merge, resolution };
}

describe("history source", () => {
  it("merges with --remerge-diff: only the resolution's own lines, at the merge", async () => {
    const { repo, side, merge, resolution } = mergeRepo();
    const got = (await scan({ cwd: repo, merges: "remerge" })).filter((f) => f.commit === merge);
    expect(got.map((f) => [f.path, f.startLine, f.text])).toEqual([["f.py", 4, resolution]]);
    const all = await scan({ cwd: repo });
    expect(all.filter((f) => f.path === "side.py").map((f) => f.commit)).toEqual([side]);
  });

  it("merges with --cc (git before 2.36): a line taken from one parent is not new; one new against both is", async () => {
    const { repo, side, merge, resolution } = mergeRepo();
    const all = await scan({ cwd: repo, merges: "cc" });
    expect(all.filter((f) => f.commit === merge).map((f) => [f.path, f.startLine, f.text])).toEqual([
      ["f.py", 4, resolution],
    ]);
    expect(all.filter((f) => f.path === "side.py").map((f) => f.commit)).toEqual([side]);
  });

  it("--since leaves older commits out, with one git or several", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "old.py": "x = 1\n" });
    commit(repo);
    const since = new Date((clock + 1800) * 1000).toISOString();
    writeFiles(repo, { "new.py": "y = 2\n" });
    const c2 = commit(repo);
    for (const jobs of [1, 2]) {
      const got = await scan({ cwd: repo, since, jobs });
      expect(got.map((f) => [f.path, f.commit])).toEqual([["new.py", c2]]);
    }
  });

  it("streams: fragments arrive while git is still producing the log", async () => {
    const repo = tempRepo();
    // 1500 commits through fast-import, in well under a second.
    let stream = "";
    for (let i = 1; i <= 1500; i++) {
      const body = Array.from({ length: 40 }, (_, j) => `line_${i}_${j} = ${i * j}`).join("\n") + "\n";
      stream += `commit refs/heads/main\nmark :${i}\ncommitter T <t@x> ${1_600_000_000 + i} +0000\ndata 2\nc\n${i > 1 ? `from :${i - 1}\n` : ""}`;
      stream += `M 100644 inline f${i % 50}.py\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    }
    const fi = spawnSync("git", ["fast-import", "--quiet"], { cwd: repo, input: stream });
    expect(fi.status, fi.stderr?.toString()).toBe(0);
    const t0 = performance.now();
    let first = -1;
    let commits = 0;
    await scanHistory(
      { cwd: repo, ranges: [], maxFileSize: 1048576, jobs: 1 },
      {
        fragment: () => {
          if (first < 0) first = performance.now() - t0;
        },
        commit: () => commits++,
      },
    );
    const total = performance.now() - t0;
    expect(commits).toBe(1500);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(total / 2);
  });

  it("git failing rejects with a GitError (never a clean result)", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": "x = 1\n" });
    commit(repo);
    for (const jobs of [1, 2]) {
      await expect(scan({ cwd: repo, ranges: ["no-such-branch"], jobs })).rejects.toBeInstanceOf(GitError);
    }
    expect(() => checkRanges(repo, ["no-such-branch..HEAD"], false)).toThrow(/cannot find no-such-branch/);
    expect(() => checkRanges(repo, ["HEAD"], false)).not.toThrow();
  });

  it("secretsAtHead: where each secret still is, anywhere in HEAD's tree", async () => {
    const repo = tempRepo();
    const [a, b, c] = [secret(), secret(), secret()];
    writeFiles(repo, { "x.py": leak(a) + "\n", "d/y.py": `k = "${a}"\n`, "z.txt": `prefix ${b}\n` });
    commit(repo);
    const at = (await secretsAtHead(repo, [a, b, c, a, `-----BEGIN\n${b}\n-----END`]))!;
    expect(at.get(a)!.sort()).toEqual(["d/y.py", "x.py"]);
    expect(at.get(b)).toEqual(["z.txt"]);
    expect(at.get(`-----BEGIN\n${b}\n-----END`)).toEqual(["z.txt"]); // by its longest line
    expect(at.has(c)).toBe(false);
    expect(await secretsAtHead(tempRepo(), [a])).toBeUndefined(); // no HEAD yet
  });

  it("secretsAtHead: thousands of secrets, same blob at several paths, a file larger than a read chunk", async () => {
    const repo = tempRepo();
    const keys = Array.from({ length: 3000 }, () => secret());
    const big =
      keys
        .slice(0, 1500)
        .map((k, i) => `K${i} = "${k}"`)
        .join("\n") + "\n";
    // The last secret of the big file sits past the first 64 KiB chunks git hands over.
    writeFiles(repo, { "big.py": big, "copy/big.py": big, "small.py": `S = "${keys[1500]}"\n` });
    commit(repo);
    const at = (await secretsAtHead(repo, keys))!;
    for (const k of keys.slice(0, 1500)) expect(at.get(k)).toEqual(["big.py", "copy/big.py"]);
    expect(at.get(keys[1500]!)).toEqual(["small.py"]);
    for (const k of keys.slice(1501)) expect(at.has(k)).toBe(false);
  });

  it("secretsAtHead: a tree large enough to be read by two gits finds secrets in both shares", async () => {
    const repo = tempRepo();
    const [first, last, both] = [secret(), secret(), secret()];
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`m/f${String(i).padStart(3, "0")}.py`] = `N = ${i}\n`;
    files["m/f000.py"] = `A = "${first}"\n`;
    files["m/f399.py"] = `B = "${last}"\n`;
    // One blob at two paths, one in each half of the tree.
    files["a/same.py"] = files["z/same.py"] = `C = "${both}"\n`;
    writeFiles(repo, files);
    commit(repo);
    const at = (await secretsAtHead(repo, [first, last, both]))!;
    expect(at.get(first)).toEqual(["m/f000.py"]);
    expect(at.get(last)).toEqual(["m/f399.py"]);
    expect(at.get(both)).toEqual(["a/same.py", "z/same.py"]);
  });

  it("headTexts: files as they are at HEAD, in one read; missing, binary or too large ones are undefined", async () => {
    const repo = tempRepo();
    writeFiles(repo, {
      "a.py": "import os\n",
      "d/b c.py": "x = 1\n",
      "bin.dat": Buffer.from([0, 1, 2]),
      "big.txt": "y".repeat(100),
    });
    commit(repo);
    const texts = await headTexts(repo, ["a.py", "d/b c.py", "gone.py", "bin.dat", "big.txt", "a.py"], 50);
    expect([...texts.entries()]).toEqual([
      ["a.py", "import os\n"],
      ["d/b c.py", "x = 1\n"],
      ["gone.py", undefined],
      ["bin.dat", undefined],
      ["big.txt", undefined],
    ]);
  });
});
