// The unified diff a fix shows before writing (src/remedy/unified.ts).
import { describe, expect, it } from "vitest";
import { diffLines, unifiedDiff } from "../../src/remedy/unified.js";

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
