// Adding our block to a husky script and taking it out again gives back the exact bytes.
import { describe, expect, it } from "vitest";
import { addBlock, hasBlock, removeBlock } from "../../src/hooks/husky.js";
import { BEGIN, END, hookBlock } from "../../src/hooks/script.js";

const block = hookBlock("pre-commit");

describe("husky block", () => {
  it.each([
    ["husky 9 script", "npx lint-staged\n"],
    ["husky 4-8 script", '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nnpx lint-staged\n'],
    ["shebang only, no newline", "#!/bin/sh"],
    ["no trailing newline", "npm test"],
    ["empty", ""],
    ["ends in exit 0", "npm test\nexit 0\n"],
    ["CRLF", "npm test\r\n"],
  ])("%s: add then remove is exact; add twice is add once", (_, original) => {
    const added = addBlock(original, block);
    expect(hasBlock(added)).toBe(true);
    expect(addBlock(added, block)).toBe(added);
    expect(removeBlock(added)).toEqual({ text: original, removed: true });
  });

  it("goes before the user's commands (a script ending in `exit 0` still runs it), after husky.sh", () => {
    const added = addBlock('#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\nnpm test\nexit 0\n', block);
    const lines = added.split("\n");
    expect(lines[2]).toBe(BEGIN);
    expect(added.indexOf(END)).toBeLessThan(added.indexOf("npm test"));
  });

  it("a file it created is deleted on removal, unless the user added to it", () => {
    const created = addBlock(undefined, block);
    expect(created.startsWith("#!/bin/sh\n")).toBe(true);
    expect(removeBlock(created)).toEqual({ text: undefined, removed: true });
    expect(removeBlock(created + "npm test\n")).toEqual({ text: "#!/bin/sh\nnpm test\n", removed: true });
  });

  it("an updated block replaces the old one in place, keeping its flags", () => {
    const first = addBlock("npm test", block.replace("staged", "old-command"));
    const second = addBlock(first, block);
    expect(second).not.toContain("old-command");
    expect(removeBlock(second).text).toBe("npm test");
  });

  it("text without the block is left alone", () => {
    expect(removeBlock("npm test\n")).toEqual({ text: "npm test\n", removed: false });
  });

  it("names no path of this machine: .husky/ is committed and shared", () => {
    for (const hook of ["pre-commit", "pre-merge-commit", "pre-push"] as const) {
      const b = hookBlock(hook);
      expect(b).not.toContain(process.execPath);
      expect(b).not.toMatch(/'\/[^']*'/); // no absolute path in quotes
      expect(b).toContain("node_modules/.bin/leakproof");
    }
  });
});
