// The keyword prefilter (an Aho-Corasick automaton) against the obvious search it replaces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeywordMatcher } from "../../src/detect/keywords.js";

/** Every (end offset, keyword index) where a keyword occurs, ASCII case-insensitively: the naive way. */
function naive(keywords: readonly string[], text: string): string[] {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const t = fold(text);
  const hits: string[] = [];
  for (let end = 1; end <= t.length; end++)
    keywords.forEach((k, i) => {
      if (end >= k.length && t.slice(end - k.length, end) === fold(k)) hits.push(`${end}:${i}`);
    });
  return hits.sort();
}

function automaton(keywords: readonly string[], text: string): string[] {
  const hits: string[] = [];
  new KeywordMatcher(keywords).scan(text, (end, ks) => {
    for (const k of ks) hits.push(`${end}:${k}`);
  });
  return hits.sort();
}

describe("keyword automaton", () => {
  it("finds exactly what a naive search finds (overlapping, nested, case-folded keywords)", () => {
    // A small alphabet makes overlaps and shared prefixes common; é and K (Kelvin sign) are non-ASCII.
    const char = fc.constantFrom("a", "b", "A", "B", "-", "_", "é", "\u212a", "k");
    const keyword = fc
      .array(fc.constantFrom("a", "b", "-", "_", "k"), { minLength: 2, maxLength: 4 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.uniqueArray(keyword, { minLength: 1, maxLength: 6 }),
        fc.array(char, { maxLength: 200 }).map((cs) => cs.join("")),
        (keywords, text) => {
          expect(automaton(keywords, text)).toEqual(naive(keywords, text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("the saved form finds the same as a freshly built one", () => {
    const keywords = ["secret_key", "tok_", "api", "pi_k"];
    const text = "SECRET_KEY = api_key or tok_ PI_KEY";
    const saved = new KeywordMatcher(keywords).save();
    const hits = (m: KeywordMatcher) => {
      const out: string[] = [];
      m.scan(text, (end, ks) => out.push(`${end}:${ks.join(",")}`));
      return out;
    };
    expect(hits(new KeywordMatcher(keywords, saved))).toEqual(hits(new KeywordMatcher(keywords)));
    expect(hits(new KeywordMatcher(keywords)).length).toBeGreaterThan(3);
  });
});
