// The `git log` parser, no git needed: commit headers around -U0 patches.
import { describe, expect, it } from "vitest";
import { LOG_FORMAT, parseHeader } from "../../src/git/log.js";
import { parseLog } from "./parse.js";

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
