// The history pieces that need no git: the `git log` parser (commit headers around -U0 patches),
// the git command lines, range endpoints, and the progress line.
import { describe, expect, it } from "vitest";
import { LOG_FORMAT, parseHeader } from "../../src/git/log.js";
import { parseLog } from "./parse.js";
import { endpoints, logArgs, mergeMode, revListArgs } from "../../src/git/history.js";
import { progress, progressLine } from "../../src/cli/progress.js";
import { addedRuns, BatchReader, type BatchObject } from "../../src/git/blobs.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const ID = "9a07a1c00ea8b2d9db3040b364491239358836d4";
const head = (
  sha: string,
  parents: string[],
  author = "Ada <ada@example.invalid>",
  date = "2024-01-02T03:04:05+01:00",
) => `\0${sha}\0${parents.join(" ")}\0${author}\0${date}`;

describe("git log parser", () => {
  it("the format and its header: NUL-separated, any author name", () => {
    expect(LOG_FORMAT).toBe("%x00%H%x00%P%x00%an <%ae>%x00%aI");
    expect(parseHeader(head(A, [B, C], 'Zoë "Z" O\'Neil <z@x>'))).toEqual({
      sha: A,
      parents: [B, C],
      author: 'Zoë "Z" O\'Neil <z@x>',
      date: "2024-01-02T03:04:05+01:00",
    });
    expect(parseHeader(head(A, []))!.parents).toEqual([]);
    expect(parseHeader(head("e".repeat(64), [])) !== undefined).toBe(true); // SHA-256 repositories
    expect(parseHeader("commit " + A)).toBeUndefined();
    expect(parseHeader("\0nothex\0\0x\0y")).toBeUndefined();
  });

  it("fragments carry their commit, author and date; commits without a patch still count", () => {
    const log = [
      head(A, [B]),
      "",
      "diff --git a/settings.py b/settings.py",
      "index 4cb29ea..657b95b 100644",
      "--- a/settings.py",
      "+++ b/settings.py",
      "@@ -2 +2 @@ import os",
      "-DEBUG = True",
      "+DEBUG = False",
      head(B, [C], "Bob <b@x>", "2023-05-06T07:08:09Z"), // empty commit: no patch
      head(C, []),
      "",
      "diff --git a/new.txt b/new.txt",
      "new file mode 100644",
      `index 0000000..${ID}`,
      "--- /dev/null",
      "+++ b/new.txt",
      "@@ -0,0 +1,2 @@",
      "+one",
      "+two",
    ].join("\n");
    const { fragments, commits, files } = parseLog(log + "\n");
    expect(commits.map((c) => c.sha)).toEqual([A, B, C]);
    expect(fragments).toEqual([
      {
        path: "settings.py",
        text: "DEBUG = False",
        startLine: 2,
        commit: A,
        author: "Ada <ada@example.invalid>",
        date: "2024-01-02T03:04:05+01:00",
      },
      {
        path: "new.txt",
        text: "one\ntwo",
        startLine: 1,
        commit: C,
        author: "Ada <ada@example.invalid>",
        date: "2024-01-02T03:04:05+01:00",
      },
    ]);
    expect(files.map((f) => [f.commit, f.path, f.status])).toEqual([
      [A, "settings.py", "modified"],
      [C, "new.txt", "added"],
    ]);
  });

  it("a header ends the previous commit's file and hunk, even one whose counts were not used up", () => {
    const log = [
      head(A, []),
      "diff --git a/x b/x",
      "--- a/x",
      "+++ b/x",
      "@@ -1 +1,3 @@",
      "-a",
      "+b",
      head(B, []),
      "diff --git a/y b/y",
      "--- a/y",
      "+++ b/y",
      "@@ -0,0 +1 @@",
      "+c",
    ];
    const { fragments } = parseLog(log.join("\n"));
    expect(fragments.map((f) => [f.commit, f.path, f.text])).toEqual([
      [A, "x", "b"],
      [B, "y", "c"],
    ]);
  });

  it("added lines that look like headers are content (hunks are consumed by their counts)", () => {
    const log = [
      head(A, []),
      "diff --git a/x b/x",
      "--- a/x",
      "+++ b/x",
      "@@ -0,0 +1,3 @@",
      "+commit " + B,
      "+diff --git a/z b/z",
      "++++ b/z",
    ];
    const { fragments, commits } = parseLog(log.join("\n"));
    expect(commits).toHaveLength(1);
    expect(fragments[0]!.text).toBe(`commit ${B}\ndiff --git a/z b/z\n+++ b/z`);
  });

  it("--remerge-diff: only what the merge resolution added, numbered in the merge's version", () => {
    const log = [
      head(A, [B, C]),
      "",
      "diff --git a/f b/f",
      "remerge CONFLICT (content): Merge conflict in f",
      "index 6295595..f5c367a 100644",
      "--- a/f",
      "+++ b/f",
      "@@ -2,5 +2 @@ a",
      "-<<<<<<< 95e170c (main)",
      "-MAIN",
      "-=======",
      "-SIDE",
      "->>>>>>> e7f9192 (side)",
      "+RESOLVED",
    ];
    expect(parseLog(log.join("\n")).fragments.map((f) => [f.commit, f.path, f.startLine, f.text])).toEqual([
      [A, "f", 2, "RESOLVED"],
    ]);
  });

  it("--cc (git before 2.36): with combinedNewOnly a line counts only when new against every parent", () => {
    const log = [
      head(A, [B, C]),
      "",
      "diff --cc f",
      "index 1111111,2222222..3333333",
      "--- a/f",
      "+++ b/f",
      "@@@ -2,1 -2,1 +2,3 @@@ a",
      "- MAIN",
      " -SIDE",
      "++RESOLVED",
      " +MAIN",
      "+ SIDE",
    ];
    expect(parseLog(log.join("\n"), { combinedNewOnly: true }).fragments.map((f) => [f.startLine, f.text])).toEqual([
      [2, "RESOLVED"],
    ]);
    // The default (staged's unmerged-index view) counts any "+".
    expect(parseLog(log.join("\n")).fragments.map((f) => [f.startLine, f.text])).toEqual([[2, "RESOLVED\nMAIN\nSIDE"]]);
  });

  it("binary files, submodules, renames and odd names come through as file records", () => {
    const log = [
      head(A, []),
      "diff --git a/img.png b/img.png",
      "new file mode 100644",
      `index 0000000..${ID}`,
      "Binary files /dev/null and b/img.png differ",
      "diff --git a/sub b/sub",
      "new file mode 160000",
      `index 0000000..${ID}`,
      "--- /dev/null",
      "+++ b/sub",
      "@@ -0,0 +1 @@",
      `+Subproject commit ${ID}`,
      "diff --git a/old name.py b/new name.py",
      "similarity index 90%",
      "rename from old name.py",
      "rename to new name.py",
      "index 1111111..2222222 100644",
      "--- a/old name.py\t",
      "+++ b/new name.py\t",
      "@@ -3,0 +4 @@",
      "+added = 1",
      'diff --git "a/t\\tab\\303\\274.txt" "b/t\\tab\\303\\274.txt"',
      "new file mode 100644",
      `index 0000000..${ID}`,
      "--- /dev/null",
      '+++ "b/t\\tab\\303\\274.txt"',
      "@@ -0,0 +1 @@",
      "+x\r",
    ];
    const { fragments, files } = parseLog(log.join("\n"));
    expect(files.map((f) => [f.path, f.status, f.binary, f.submodule, f.oldPath])).toEqual([
      ["img.png", "added", true, false, undefined],
      ["sub", "added", false, true, undefined],
      ["new name.py", "renamed", false, false, "old name.py"],
      ["t\tabü.txt", "added", false, false, undefined],
    ]);
    expect(fragments.map((f) => [f.path, f.startLine, f.text])).toEqual([
      ["new name.py", 4, "added = 1"],
      ["t\tabü.txt", 1, "x\r"],
    ]);
  });
});

describe("git command lines", () => {
  it("log: patches of added lines, robust against user configuration", () => {
    const args = logArgs({ revs: [], merges: "remerge", maxFileSize: 1048576 });
    expect(args.slice(0, 3)).toEqual(["-c", "core.bigFileThreshold=1048576", "log"]);
    for (const a of [
      "--patch",
      "-U0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--find-renames",
      "--full-index",
      "--remerge-diff",
      "--all",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--submodule=short",
      "--root",
    ]) {
      expect(args).toContain(a);
    }
    expect(args[args.length - 1]).toBe("--");
    expect(logArgs({ revs: [], merges: "cc", maxFileSize: 1 })).toContain("--cc");
  });

  it("ranges come after --end-of-options (never read as options), --since before them", () => {
    const args = logArgs({ revs: ["origin/main..HEAD"], since: "2024-01-01", merges: "remerge", maxFileSize: 1 });
    expect(args.slice(-4)).toEqual(["--since=2024-01-01", "--end-of-options", "origin/main..HEAD", "--"]);
    expect(args).not.toContain("--all");
    expect(revListArgs({ revs: ["a..b"], since: "1 week ago" })).toEqual([
      "rev-list",
      "--since=1 week ago",
      "--end-of-options",
      "a..b",
      "--",
    ]);
    expect(revListArgs({ revs: [] })).toEqual(["rev-list", "--all", "--"]);
  });

  it("a share of the commit list comes on stdin, shown as given", () => {
    const args = logArgs({ revs: ["x"], since: "y", merges: "remerge", maxFileSize: 1, stdin: true });
    expect(args.slice(-3)).toEqual(["--no-walk=unsorted", "--stdin", "--"]);
  });

  it("--remerge-diff from git 2.36, --cc before", () => {
    expect(mergeMode("git version 2.39.5")).toBe("remerge");
    expect(mergeMode("git version 2.36.0.windows.1")).toBe("remerge");
    expect(mergeMode("git version 2.35.8")).toBe("cc");
    expect(mergeMode("git version 2.30.0 (Apple Git-130)")).toBe("cc");
    expect(mergeMode("git version 3.0.0")).toBe("remerge");
  });

  it("range endpoints: what is scanned, what is the base", () => {
    expect(endpoints(["origin/main..HEAD"])).toEqual({ include: ["HEAD"], exclude: ["origin/main"] });
    expect(endpoints(["origin/main.."])).toEqual({ include: ["HEAD"], exclude: ["origin/main"] });
    expect(endpoints(["a...b"])).toEqual({ include: ["b", "a"], exclude: ["a"] });
    expect(endpoints(["^base", "topic", "v1^!", "m^@", "n^-2"])).toEqual({
      include: ["topic", "v1", "m", "n"],
      exclude: ["base"],
    });
    expect(endpoints(["HEAD~3..HEAD"])).toEqual({ include: ["HEAD"], exclude: ["HEAD~3"] });
  });
});

describe("blobs git shows as binary", () => {
  it("cat-file --batch output is read object by object, however the stream is cut", () => {
    const out = Buffer.concat([
      Buffer.from(`${A} blob 5\nab\ncd\n`),
      Buffer.from(`${B} blob 0\n\n`),
      Buffer.from(`HEAD:no such missing\n`),
      Buffer.from(`${C} blob 3\n`),
      Buffer.from([0, 1, 10, 10]),
    ]);
    for (const size of [1, 2, 7, out.length]) {
      const got: BatchObject[] = [];
      const reader = new BatchReader((o) => got.push(o));
      for (let i = 0; i < out.length; i += size) reader.push(out.subarray(i, i + size));
      expect(got.map((o) => [o.oid, o.type, o.body?.toString("latin1")])).toEqual([
        [A, "blob", "ab\ncd"],
        [B, "blob", ""],
        ["HEAD:no such", "missing", undefined],
        [C, "blob", "\0\x01\n"],
      ]);
    }
  });

  it("the lines a version adds to the one before, as runs with their line numbers", () => {
    expect(addedRuns("", "a\nb\n")).toEqual([{ startLine: 1, text: "a\nb" }]);
    expect(addedRuns("a\nb\nc\n", "a\nX\nY\nb\nc\nZ")).toEqual([
      { startLine: 2, text: "X\nY" },
      { startLine: 6, text: "Z" },
    ]);
    expect(addedRuns("a\nb\n", "b\na\n")).toEqual([]); // moved, not added
  });
});

describe("progress line", () => {
  it("done / total, rate, ETA and findings so far", () => {
    expect(progressLine({ done: 500, total: 2000, found: 0, seconds: 2, unit: "commits" })).toBe(
      "leakproof: 500/2000 commits (25%), 250/s, ETA 6s",
    );
    expect(progressLine({ done: 10, total: undefined, found: 3, seconds: 4, unit: "commits" })).toBe(
      "leakproof: 10 commits, 2.5/s, 3 found",
    );
    expect(progressLine({ done: 100, total: 100000, found: 0, seconds: 1, unit: "commits" })).toMatch(/ETA 16m39s$/);
  });

  it("redraws in place at most every 100 ms on a TTY, and erases itself", () => {
    let t = 0;
    const written: string[] = [];
    const out = { isTTY: true, columns: 200, write: (s: string) => written.push(s) };
    const p = progress(out, true, { unit: "commits", now: () => t });
    p.total(3);
    p.tick();
    t = 50;
    p.tick(1);
    t = 150;
    p.tick();
    p.done();
    expect(written).toEqual([
      "\rleakproof: 1/3 commits (33%), 0.0/s\x1b[K",
      "\rleakproof: 3/3 commits (100%), 20.0/s, 1 found\x1b[K",
      "\r\x1b[K",
    ]);
  });

  it("a line of its own (--verbose findings) goes above the progress line, which is drawn again", () => {
    let t = 0;
    const written: string[] = [];
    const p = progress({ isTTY: true, columns: 0, write: (s: string) => written.push(s) }, true, {
      unit: "commits",
      now: () => t,
    });
    p.log("before any progress");
    p.tick();
    t = 2000;
    p.log("found one");
    expect(written).toEqual([
      "before any progress\n",
      "\rleakproof: 1 commits, 0.0/s\x1b[K",
      "\r\x1b[Kfound one\n",
      "\rleakproof: 1 commits, 0.5/s\x1b[K",
    ]);
    // Not a TTY: the line is written as it is, and nothing else.
    const plain: string[] = [];
    const q = progress({ isTTY: false, write: (s: string) => plain.push(s) }, true, { unit: "commits" });
    q.tick();
    q.log("found one");
    expect(plain).toEqual(["found one\n"]);
  });

  it("writes nothing when not a TTY, or when disabled (--quiet)", () => {
    const written: string[] = [];
    for (const [tty, on] of [
      [false, true],
      [true, false],
    ] as const) {
      const p = progress({ isTTY: tty, write: (s: string) => written.push(s) }, on, { unit: "commits" });
      p.total(1);
      p.tick();
      p.done();
    }
    expect(written).toEqual([]);
  });
});
