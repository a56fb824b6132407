// The patch parser, on hand-built `git diff -U0` text: one table row per shape git produces.
import { describe, expect, it } from "vitest";
import { DiffParser, splitHeader, unquote, type DiffFile } from "../../src/git/diff.js";
import { parseDiff } from "./parse.js";
import type { Fragment } from "../../src/types.js";

const Z40 = "0".repeat(40);
const ID = "9a07a1c00ea8b2d9db3040b364491239358836d4";

interface Row {
  name: string;
  patch: string[];
  fragments: Array<Pick<Fragment, "path" | "text" | "startLine">>;
  files?: Array<Partial<DiffFile>>;
}

const rows: Row[] = [
  {
    name: "modified file: one fragment per hunk, line from the +c header",
    patch: [
      "diff --git a/settings.py b/settings.py",
      `index 4cb29ea..657b95b 100644`,
      "--- a/settings.py",
      "+++ b/settings.py",
      "@@ -2 +2 @@ import os",
      "-DEBUG = True",
      "+DEBUG = False",
      "@@ -10,0 +11,2 @@ INSTALLED_APPS",
      "+A = 1",
      "+B = 2",
    ],
    fragments: [
      { path: "settings.py", text: "DEBUG = False", startLine: 2 },
      { path: "settings.py", text: "A = 1\nB = 2", startLine: 11 },
    ],
    files: [{ path: "settings.py", status: "modified", binary: false }],
  },
  {
    name: "new file",
    patch: [
      "diff --git a/new.txt b/new.txt",
      "new file mode 100644",
      `index ${Z40}..${ID}`,
      "--- /dev/null",
      "+++ b/new.txt",
      "@@ -0,0 +1,3 @@",
      "+one",
      "+",
      "+three",
    ],
    fragments: [{ path: "new.txt", text: "one\n\nthree", startLine: 1 }],
    files: [{ path: "new.txt", status: "added", newId: ID, newMode: "100644" }],
  },
  {
    name: "deleted file: nothing added",
    patch: [
      "diff --git a/gone b/gone",
      "deleted file mode 100644",
      `index ${ID}..${Z40}`,
      "--- a/gone",
      "+++ /dev/null",
      "@@ -1,2 +0,0 @@",
      "-x",
      "-y",
    ],
    fragments: [],
    files: [{ path: "gone", status: "deleted" }],
  },
  {
    name: "pure deletion hunk inside a modified file",
    patch: ["diff --git a/f b/f", "--- a/f", "+++ b/f", "@@ -3,2 +2,0 @@", "-x", "-y", "@@ -9 +8 @@", "-old", "+new"],
    fragments: [{ path: "f", text: "new", startLine: 8 }],
  },
  {
    name: "rename with edits: only the changed lines, at the new path",
    patch: [
      "diff --git a/sp ace.txt b/moved sp.txt",
      "similarity index 55%",
      "rename from sp ace.txt",
      "rename to moved sp.txt",
      "index 4cb29ea..657b95b 100644",
      "--- a/sp ace.txt\t",
      "+++ b/moved sp.txt\t",
      "@@ -2 +2 @@ one",
      "-two",
      "+TWO",
      "@@ -3,0 +4 @@ three",
      "+four",
      "\\ No newline at end of file",
    ],
    fragments: [
      { path: "moved sp.txt", text: "TWO", startLine: 2 },
      { path: "moved sp.txt", text: "four", startLine: 4 },
    ],
    files: [{ path: "moved sp.txt", oldPath: "sp ace.txt", status: "renamed" }],
  },
  {
    name: "pure rename: no hunks, no fragments",
    patch: ["diff --git a/old name b/new name", "similarity index 100%", "rename from old name", "rename to new name"],
    fragments: [],
    files: [{ path: "new name", oldPath: "old name", status: "renamed" }],
  },
  {
    name: "copy",
    patch: [
      "diff --git a/a.py b/b.py",
      "similarity index 90%",
      "copy from a.py",
      "copy to b.py",
      "index 1111111..2222222 100644",
      "--- a/a.py",
      "+++ b/b.py",
      "@@ -5,0 +6 @@",
      "+X = 1",
    ],
    fragments: [{ path: "b.py", text: "X = 1", startLine: 6 }],
    files: [{ path: "b.py", oldPath: "a.py", status: "copied" }],
  },
  {
    name: "binary files",
    patch: [
      "diff --git a/bin.dat b/bin.dat",
      `index 20b5be91886d0b6f26dc98a225c0dac05fe2c86e..${ID} 100644`,
      "Binary files a/bin.dat and b/bin.dat differ",
      "diff --git a/new bin.dat b/new bin.dat",
      "new file mode 100644",
      `index ${Z40}..${ID}`,
      "Binary files /dev/null and b/new bin.dat differ",
    ],
    fragments: [],
    files: [
      { path: "bin.dat", binary: true, newId: ID, status: "modified" },
      { path: "new bin.dat", binary: true, newId: ID, status: "added" },
    ],
  },
  {
    name: "GIT binary patch blocks are skipped whole",
    patch: [
      "diff --git a/b.bin b/b.bin",
      "new file mode 100644",
      `index ${Z40}..${ID}`,
      "GIT binary patch",
      "literal 3",
      "KcmeZB|NjAp3IG5A",
      "",
      "literal 0",
      "HcmV?d00001",
      "",
      "diff --git a/t.txt b/t.txt",
      "--- a/t.txt",
      "+++ b/t.txt",
      "@@ -1 +1 @@",
      "-a",
      "+b",
    ],
    fragments: [{ path: "t.txt", text: "b", startLine: 1 }],
  },
  {
    name: "submodule: the Subproject commit line is not content",
    patch: [
      "diff --git a/sub b/sub",
      "new file mode 160000",
      `index ${Z40}..${ID}`,
      "--- /dev/null",
      "+++ b/sub",
      "@@ -0,0 +1 @@",
      `+Subproject commit ${ID}`,
      "diff --git a/sub2 b/sub2",
      `index ${Z40.slice(0, 39)}1..${ID} 160000`,
      "--- a/sub2",
      "+++ b/sub2",
      "@@ -1 +1 @@",
      `-Subproject commit ${Z40.slice(0, 39)}1`,
      `+Subproject commit ${ID}-dirty`,
    ],
    fragments: [],
    files: [
      { path: "sub", submodule: true },
      { path: "sub2", submodule: true },
    ],
  },
  {
    name: "quoted names: newline, quote, backslash, tab, octal UTF-8",
    patch: [
      'diff --git "a/new\\nline\\"q.txt" "b/new\\nline\\"q.txt"',
      "new file mode 100644",
      "--- /dev/null",
      '+++ "b/new\\nline\\"q.txt"',
      "@@ -0,0 +1 @@",
      "+q",
      'diff --git "a/\\303\\274n\\\\i\\t.txt" "b/\\303\\274n\\\\i\\t.txt"',
      "new file mode 100644",
      "--- /dev/null",
      '+++ "b/\\303\\274n\\\\i\\t.txt"',
      "@@ -0,0 +1 @@",
      "+r",
    ],
    fragments: [
      { path: 'new\nline"q.txt', text: "q", startLine: 1 },
      { path: "ün\\i\t.txt", text: "r", startLine: 1 },
    ],
  },
  {
    name: "unicode names unquoted (core.quotePath=false)",
    patch: [
      "diff --git a/ünï.txt b/ünï.txt",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/ünï.txt",
      "@@ -0,0 +1 @@",
      "+é",
    ],
    fragments: [{ path: "ünï.txt", text: "é", startLine: 1 }],
  },
  {
    name: "binary file named with spaces and ' and ': the header split",
    patch: [
      "diff --git a/x and b/y.bin b/x and b/y.bin",
      "new file mode 100644",
      "Binary files /dev/null and b/x and b/y.bin differ",
    ],
    fragments: [],
    files: [{ path: "x and b/y.bin", binary: true }],
  },
  {
    name: "CRLF content keeps its \\r (the detector ignores it at line ends)",
    patch: ["diff --git a/w.txt b/w.txt", "--- a/w.txt", "+++ b/w.txt", "@@ -1,0 +2,2 @@", "+a\r", "+b\r"],
    fragments: [{ path: "w.txt", text: "a\r\nb\r", startLine: 2 }],
  },
  {
    name: "added lines that look like headers are content",
    patch: [
      "diff --git a/p.patch b/p.patch",
      "--- a/p.patch",
      "+++ b/p.patch",
      "@@ -0,0 +1,4 @@",
      "+diff --git a/x b/x",
      "++++ b/x",
      "+@@ -1 +1 @@",
      "+--- a/x",
      "diff --git a/q b/q",
      "--- a/q",
      "+++ b/q",
      "@@ -1 +1 @@",
      "--- old",
      "++++ new",
    ],
    fragments: [
      { path: "p.patch", text: "diff --git a/x b/x\n+++ b/x\n@@ -1 +1 @@\n--- a/x", startLine: 1 },
      { path: "q", text: "+++ new", startLine: 1 },
    ],
  },
  {
    name: "mode change only",
    patch: ["diff --git a/run.sh b/run.sh", "old mode 100644", "new mode 100755"],
    fragments: [],
    files: [{ path: "run.sh", newMode: "100755", status: "modified" }],
  },
  {
    name: "unmerged path lines and log headers are ignored",
    patch: [
      "commit " + ID,
      "Author: A <a@b>",
      "",
      "    diff --git in a message",
      "* Unmerged path c.txt",
      "diff --git a/c b/c",
      "--- a/c",
      "+++ b/c",
      "@@ -1 +1 @@",
      "-1",
      "+2",
    ],
    fragments: [{ path: "c", text: "2", startLine: 1 }],
  },
  {
    name: "context lines (not -U0) split runs of added lines",
    patch: [
      "diff --git a/f b/f",
      "--- a/f",
      "+++ b/f",
      "@@ -1,3 +1,5 @@",
      " keep",
      "+new1",
      " keep2",
      "+new2",
      "+new3",
      "-gone",
    ],
    fragments: [
      { path: "f", text: "new1", startLine: 2 },
      { path: "f", text: "new2\nnew3", startLine: 4 },
    ],
  },
  {
    name: "combined diff (merge): lines new against any parent",
    patch: [
      "diff --cc m.txt",
      "index 1111111,2222222..3333333",
      "--- a/m.txt",
      "+++ b/m.txt",
      "@@@ -1,1 -1,1 +1,2 @@@",
      "- ours",
      " -theirs",
      "++resolved",
      "++both",
    ],
    fragments: [{ path: "m.txt", text: "resolved\nboth", startLine: 1 }],
  },
];

describe("parseDiff", () => {
  it.each(rows)("$name", (row) => {
    const { fragments, files } = parseDiff(row.patch.join("\n") + "\n");
    expect(fragments.map(({ path, text, startLine }) => ({ path, text, startLine }))).toEqual(row.fragments);
    if (row.files) {
      expect(files).toHaveLength(row.files.length);
      row.files.forEach((want, i) => expect(files[i]).toMatchObject(want));
    }
  });

  it("attaches commit data from setMeta", () => {
    const out: Fragment[] = [];
    const p = new DiffParser({ fragment: (f) => out.push(f) });
    p.setMeta({ commit: ID, author: "A", date: "2024-01-01" });
    for (const l of ["diff --git a/f b/f", "--- a/f", "+++ b/f", "@@ -0,0 +1 @@", "+x"]) p.line(l);
    p.end();
    expect(out).toEqual([{ path: "f", text: "x", startLine: 1, commit: ID, author: "A", date: "2024-01-01" }]);
  });

  it("stops collecting a file past maxFileBytes and marks it tooLarge; the next file is unaffected", () => {
    const big = Array.from({ length: 100 }, (_, i) => `+line ${i}`);
    const patch = [
      "diff --git a/big b/big",
      "--- /dev/null",
      "+++ b/big",
      "@@ -0,0 +1,100 @@",
      ...big,
      "diff --git a/s b/s",
      "--- a/s",
      "+++ b/s",
      "@@ -0,0 +1 @@",
      "+small",
    ];
    const { fragments, files } = parseDiff(patch.join("\n"), { maxFileBytes: 200 });
    expect(fragments).toEqual([{ path: "s", text: "small", startLine: 1 }]);
    expect(files[0]).toMatchObject({ path: "big", tooLarge: true });
    expect(files[1]).toMatchObject({ path: "s", tooLarge: false });
  });

  it("a truncated (over-long) line marks its file tooLarge", () => {
    const out: Fragment[] = [];
    const files: DiffFile[] = [];
    const p = new DiffParser({ fragment: (f) => out.push(f), file: (f) => files.push(f) });
    for (const l of ["diff --git a/m.js b/m.js", "--- /dev/null", "+++ b/m.js", "@@ -0,0 +1 @@"]) p.line(l);
    p.line("+aaaa", true);
    p.end();
    expect(out).toEqual([]);
    expect(files[0]!.tooLarge).toBe(true);
  });
});

describe("header names", () => {
  it.each([
    ["a/x b/x", ["x", "x"]],
    ["a/a b/c b/a b/c", ["a b/c", "a b/c"]],
    ['"a/q\\"x" "b/q\\"x"', ['q"x', 'q"x']],
    ['a/plain "b/t\\tab"', ["plain", "t\tab"]],
  ] as const)("%s", (rest, want) => {
    expect(splitHeader(rest, "a/", "b/")).toEqual(want);
  });

  it("unquote leaves plain names alone", () => {
    expect(unquote("plain name")).toBe("plain name");
    expect(unquote('"\\346\\227\\245\\346\\234\\254"')).toBe("日本");
  });
});
