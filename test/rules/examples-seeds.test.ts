// A match example holds for any random parts, not only the seed examples.test.ts uses: a rule or a
// global placeholder that drops one key in a thousand is a missed leak (and a flaky CLI test).
// A rule's bars on the value's shape (its entropy minimum, its allowlist of value shapes) are the
// only filters allowed to drop a random draw, and only rarely: a short key can come out repetitive
// ('KR44F4C4RXRI') or shaped like an identifier ('nqoAbgaTsuhvdHoc') by chance.
import { describe, expect, it } from "vitest";
import { loadRuleDir } from "../../src/rules/load.js";
import { createDetector } from "../../src/detect/detect.js";
import { expand, rng } from "../support/fake.js";
import { parseExample } from "../support/examples.js";
import type { Finding, Rule } from "../../src/types.js";

const SEEDS = Number(process.env.LEAKPROOF_EXAMPLE_SEEDS ?? 60);
const set = loadRuleDir();
const detector = createDetector(set);
// The same rules without their bars on the value's shape: what else drops a draw is a bug.
const withoutBar = (r: Rule): Rule => ({ ...r, entropy: undefined, allowlist: { ...r.allowlist, regexes: [] } });
const noBars = createDetector({ ...set, rules: set.rules.map(withoutBar) });

/** Whether a finding of the whole pack covers the secret (another rule may rightly win the place: +ACR in a key). */
const covered = (found: Finding[], secret: string) =>
  found.some((f) => f.secret.includes(secret) || secret.includes(f.secret));

describe("match examples under many seeds", () => {
  const draws: Array<[Rule, number, string]> = [];
  for (const rule of set.rules)
    rule.examples.match.forEach((raw, i) => {
      if (raw.includes("{{rand:")) draws.push([rule, i, raw]);
    });
  const textOf = (raw: string, i: number, seed: number) => parseExample(expand(raw, rng(seed * 7919 + i)));

  it(`only a rule's bars on the value's shape drop a random draw, under 3% of them (${SEEDS} seeds)`, () => {
    const misses: string[] = [];
    const tooOften: string[] = [];
    for (const [rule, i, raw] of draws) {
      const alone = createDetector({ ...set, rules: [withoutBar(rule)] });
      let barred = 0;
      for (let seed = 1; seed <= SEEDS; seed++) {
        const ex = textOf(raw, i, seed);
        const fragment = { path: ex.path, text: ex.text, startLine: 1 };
        const own = alone.detect(fragment)[0];
        if (!own || !covered(noBars.detect(fragment), own.secret)) {
          misses.push(`${rule.id} #${i} seed ${seed}: ${JSON.stringify(ex.text)}`);
          break;
        }
        if (!covered(detector.detect(fragment), own.secret)) barred++;
      }
      if (barred / SEEDS >= 0.03) tooOften.push(`${rule.id} #${i}: ${barred}/${SEEDS}`);
    }
    expect(misses).toEqual([]);
    expect(tooOften).toEqual([]);
  }, 600_000);
});
