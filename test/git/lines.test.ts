// LineSplitter decodes each chunk up to its last whole UTF-8 character: whatever the chunking,
// valid or broken UTF-8, the lines are those of decoding the whole stream at once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineSplitter, wholeChars } from "../../src/git/exec.js";

function split(bytes: Uint8Array, cuts: number[], max = Number.POSITIVE_INFINITY): Array<[string, boolean]> {
  const got: Array<[string, boolean]> = [];
  const s = new LineSplitter((l, t) => got.push([l, t]), max);
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = cuts[i % cuts.length]!;
    s.push(bytes.subarray(at, at + n));
    at += n;
  }
  s.end();
  return got;
}

function reference(bytes: Uint8Array, max = Number.POSITIVE_INFINITY): Array<[string, boolean]> {
  const text = new TextDecoder("utf-8").decode(bytes);
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => (l.length > max ? [l.slice(0, max), true] : [l, false]));
}

describe("LineSplitter decoding", () => {
  it("gives the lines of the whole stream decoded at once, in any chunking", () => {
    const byte = fc.oneof(
      fc.constantFrom(0x0a, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x80, 0x0d),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(
        fc.array(byte, { maxLength: 120 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
        (arr, cuts) => {
          const bytes = Uint8Array.from(arr);
          expect(split(bytes, cuts)).toEqual(reference(bytes));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("cuts over-long lines the same way whatever the chunking", () => {
    const text = Buffer.from("é€😀abc\n" + "x".repeat(40) + "é\nshort\n");
    for (const n of [1, 2, 3, 5, 64]) expect(split(text, [n], 8)).toEqual(reference(text, 8));
  });

  it("wholeChars: where a chunk stops holding whole characters", () => {
    expect(wholeChars(Buffer.from("ab"))).toBe(2);
    expect(wholeChars(Buffer.from("aé").subarray(0, 2))).toBe(1); // é's first byte waits
    expect(wholeChars(Buffer.from("a😀").subarray(0, 4))).toBe(1);
    expect(wholeChars(Buffer.from("a😀"))).toBe(5);
    expect(wholeChars(Uint8Array.from([0x61, 0x80]))).toBe(2); // a stray continuation byte: decoded as is
  });
});
