// Blobs git shows as binary: the `cat-file --batch` reader and the lines a new version adds.
import { describe, expect, it } from "vitest";
import { addedRuns, BatchReader, type BatchObject } from "../../src/git/blobs.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
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
