// StringSearch: which of many fixed strings occur in a byte stream, whatever the chunking, with
// work that follows the text's length and not the number of strings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringSearch } from "../../src/git/strings.js";
import { randomString, rng } from "../support/fake.js";

function naive(strings: string[], text: string): number[] {
  return strings.flatMap((s, i) => (s.length > 0 && text.includes(s) ? [i] : [])).sort((a, b) => a - b);
}

describe("StringSearch", () => {
  it("finds the same strings as includes(), in any chunking of the text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "é", "\n", "c"), maxLength: 9 }), { maxLength: 12 }),
        fc.string({ unit: fc.constantFrom("a", "b", "é", "\n", "c"), maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 10 }),
        (strings, text, cuts) => {
          const search = new StringSearch(strings);
          const bytes = Buffer.from(text, "utf8");
          const s = search.stream();
          let at = 0;
          for (let i = 0; at < bytes.length; i++) {
            const n = cuts[i % cuts.length]!;
            s.push(bytes.subarray(at, at + n));
            at += n;
          }
          expect([...s.end()].sort((a, b) => a - b)).toEqual(naive(strings, text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("compares a bounded number of candidates per byte of text, however many strings there are", () => {
    const next = rng(7);
    const strings = Array.from({ length: 20000 }, () => "django-insecure-" + randomString(40, "django", next));
    const text = Array.from({ length: 20000 }, (_, i) => `KEY_${i} = "${randomString(56, "django", next)}"`).join("\n");
    const planted = text + `\nX = "${strings[12345]}"\n`;
    const search = new StringSearch(strings);
    expect([...search.search(Buffer.from(planted))]).toEqual([12345]);
    // Comparing each string at each position would be 20,000 × 1.3 MB; a hash filter leaves a handful.
    expect(search.comparisons).toBeLessThan(planted.length / 100);
  });
});
