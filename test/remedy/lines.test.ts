// Lines with their own endings (src/remedy/lines.ts): edits keep every other byte.
import { describe, expect, it } from "vitest";
import { appendLines, applyEdits, splitLines, type Lines } from "../../src/remedy/lines.js";

const joinLines = ({ lines, eols }: Lines) => lines.map((l, i) => l + eols[i]).join("");

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
