// Every shipped rule matches its own `match` examples and none of its `nomatch` ones,
// with the whole rule pack loaded (so overlaps and the placeholders allowlist count too).
import { describe, expect, it } from "vitest";
import { loadRuleDir } from "../../src/rules/load.js";
import { createDetector } from "../../src/detect/detect.js";
import { expand, rng } from "../support/fake.js";
import { parseExample } from "../support/examples.js";

const set = loadRuleDir();
const detector = createDetector(set);

describe.each(set.rules.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  it("has examples of both kinds", () => {
    expect(rule.examples.match.length, `${id} needs match examples`).toBeGreaterThan(0);
    expect(rule.examples.nomatch.length, `${id} needs nomatch examples`).toBeGreaterThan(0);
  });

  it.each(rule.examples.match.map((e, i) => [i, e] as const))("matches example %i", (i, raw) => {
    const next = rng(i + 1);
    const ex = parseExample(expand(raw, next));
    const found = detector.detect({ path: ex.path, text: ex.text, startLine: 1 });
    expect(
      found.map((f) => f.ruleId),
      `${id} should match ${JSON.stringify(ex.text)} in ${ex.path}`,
    ).toContain(id);
  });

  it.each(rule.examples.nomatch.map((e, i) => [i, e] as const))("does not match counter-example %i", (i, raw) => {
    const ex = parseExample(expand(raw, rng(i + 1)));
    const found = detector.detect({ path: ex.path, text: ex.text, startLine: 1 });
    expect(
      found.map((f) => f.ruleId),
      `${id} should not match ${JSON.stringify(ex.text)} in ${ex.path}`,
    ).not.toContain(id);
  });
});
