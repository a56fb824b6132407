// The pieces under a fix: exact decoding, lines with their endings, .env values, the diff.
import { describe, expect, it } from "vitest";
import { decodeExact, encode } from "../../src/encoding.js";
import { appendLines, applyEdits, splitLines, type Lines } from "../../src/remedy/lines.js";
import { dotenvLine, gitignoreCovers, parseDotenv } from "../../src/remedy/dotenv.js";
import { diffLines, unifiedDiff } from "../../src/remedy/unified.js";
import { CLASSES, randomString } from "../support/fake.js";

const joinLines = ({ lines, eols }: Lines) => lines.map((l, i) => l + eols[i]).join("");

describe("decodeExact / encode", () => {
  it.each([
    ["utf8", Buffer.from("é = 'x'\n", "utf8")],
    ["utf8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("x = 'ü'\r\n", "utf8")])],
    ["utf16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("x = 1\n", "utf16le")])],
    ["utf16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("x = 1\n", "utf16le").swap16()])],
    ["bytes", Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a, 0x78, 0x0a])], // Latin-1 "# été"
  ])("%s round-trips byte for byte", (encoding, bytes) => {
    const d = decodeExact(bytes)!;
    expect(d.encoding).toBe(encoding);
    expect(encode(d.text, d.encoding).equals(bytes)).toBe(true);
    // An ASCII edit keeps every other byte.
    const edited = encode(d.text.replace("x", "os.environ['X']"), d.encoding);
    expect(decodeExact(edited)!.text).toBe(d.text.replace("x", "os.environ['X']"));
  });

  it("binary is refused", () => {
    expect(decodeExact(Buffer.from([0x41, 0x00, 0x42]))).toBeUndefined();
  });
});

describe("lines", () => {
  it("split and join keep every ending", () => {
    for (const t of ["", "a", "a\n", "a\r\nb\n", "a\nb", "\r\n\r\n", "x\r"]) expect(joinLines(splitLines(t))).toBe(t);
  });

  it("edits replace lines and insert with the dominant ending", () => {
    const t = "a\r\nb\r\nc\n";
    expect(applyEdits(t, { replace: new Map([[1, "B"]]), insert: new Map([[0, ["z"]]]) })).toBe("z\r\na\r\nB\r\nc\n");
    expect(applyEdits("a", { replace: new Map(), insert: new Map([[0, ["z"]]]) })).toBe("z\na");
  });

  it("appendLines adds a missing final newline first", () => {
    expect(appendLines(undefined, ["X=1"])).toBe("X=1\n");
    expect(appendLines("A=1", ["X=1"])).toBe("A=1\nX=1\n");
    expect(appendLines("A=1\r\n", ["X=1"])).toBe("A=1\r\nX=1\r\n");
  });
});

describe(".env values", () => {
  it("every value dotenvLine writes reads back the same", () => {
    for (const cls of Object.keys(CLASSES)) {
      for (let i = 0; i < 50; i++) {
        const v = randomString(1 + Math.floor(Math.random() * 60), cls);
        const line = dotenvLine("K", v);
        if (line === undefined) continue;
        expect(parseDotenv(line + "\n").get("K")).toBe(v);
      }
    }
    // Django's alphabet always fits (single quotes).
    const key = randomString(50, "django");
    expect(dotenvLine("K", key)).toBe(/^[A-Za-z0-9_./:+=@,%-]+$/.test(key) ? `K=${key}` : `K='${key}'`);
  });

  it("values with a quote, a backslash or a line break are not written", () => {
    for (const v of ["a'b", "a\\b", "a\nb", " lead"]) expect(dotenvLine("K", v)).toBeUndefined();
  });

  it("parses the common forms", () => {
    const vars = parseDotenv(`# c\nA=1\nexport B="x\\"y"\nC='l$t # x'\nD=v # comment\r\nE=\n`);
    expect([...vars]).toEqual([
      ["A", "1"],
      ["B", 'x"y'],
      ["C", "l$t # x"],
      ["D", "v"],
      ["E", ""],
    ]);
  });

  it("gitignoreCovers", () => {
    expect(gitignoreCovers(undefined, ".env")).toBe(false);
    expect(gitignoreCovers(".env\n", "deploy/.env")).toBe(true);
    expect(gitignoreCovers("/.env\n", "deploy/.env")).toBe(false);
    expect(gitignoreCovers(".env*\n!.env\n", ".env")).toBe(false);
  });
});

describe("unifiedDiff", () => {
  it("hunks with context, masked", () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join("\n") + "\n";
    const lines = before.split("\n");
    lines[2] = "S = 'secret'";
    lines[15] = "T = 1";
    const changed = lines.join("\n");
    const d = unifiedDiff("f.py", before, changed, { mask: (l) => l.replace("secret", "se…") });
    expect(d).toBe(
      [
        "--- a/f.py",
        "+++ b/f.py",
        "@@ -1,6 +1,6 @@",
        " l0",
        " l1",
        "-l2",
        "+S = 'se…'",
        " l3",
        " l4",
        " l5",
        "@@ -13,7 +13,7 @@",
        " l12",
        " l13",
        " l14",
        "-l15",
        "+T = 1",
        " l16",
        " l17",
        " l18",
      ].join("\n") + "\n",
    );
    expect(unifiedDiff("f.py", before, before)).toBe("");
    expect(unifiedDiff(".env", undefined, "A=1\n")).toBe("--- /dev/null\n+++ b/.env\n@@ -0,0 +1 @@\n+A=1\n");
  });

  it("diffLines is a shortest edit script", () => {
    const ops = diffLines(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]);
    expect(ops).toEqual([
      [" ", "a"],
      ["-", "b"],
      ["+", "x"],
      [" ", "c"],
      [" ", "d"],
      ["+", "e"],
    ]);
    const rnd = () => Array.from({ length: 30 }, () => "abc"[Math.floor(Math.random() * 3)]!);
    for (let i = 0; i < 50; i++) {
      const [a, b] = [rnd(), rnd()];
      const d = diffLines(a, b);
      expect(d.filter(([t]) => t !== "+").map(([, l]) => l)).toEqual(a);
      expect(d.filter(([t]) => t !== "-").map(([, l]) => l)).toEqual(b);
    }
  });
});
