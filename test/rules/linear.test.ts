// Every shipped regex must run in linear time on adversarial input. Two guarantees together:
// - the detector runs each regex only on a bounded window (a line up to MAX_LINE, or a window
//   around a keyword hit), so the work per window is bounded;
// - no regex can backtrack super-linearly within a window: checked here statically by scslre
//   (exponential and polynomial backtracking, including the "moving start" kind).
import { describe, expect, it } from "vitest";
import { RegExpParser } from "@eslint-community/regexpp";
import { analyse } from "scslre";
import { loadRuleDir } from "../../src/rules/load.js";

const set = loadRuleDir();
const parser = new RegExpParser({ ecmaVersion: 2022 });

describe("shipped regexes", () => {
  const all = set.rules.flatMap((r) => r.regexes.map((re, i) => [`${r.id}#${i}`, re] as const));
  it.each(all)("%s cannot backtrack super-linearly", (_name, re) => {
    const flags = re.flags.replace(/[gd]/g, "");
    const literal = parser.parseLiteral(`/${re.source}/${flags}`);
    const reports = analyse(literal).reports.map((r) => `${r.type}${r.exponential ? " (exponential)" : ""}`);
    expect(reports).toEqual([]);
  });

  it("every rule has keywords, so its regex runs only where one occurs, or files it reads", () => {
    expect(set.rules.filter((r) => r.keywords.length === 0 && r.files.length === 0).map((r) => r.id)).toEqual([]);
  });
});
