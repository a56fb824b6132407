// Provider coverage, measured on an independent corpus: the token formats the providers publish
// (formats.ts). Each documented token is put in lines that name no secret (an env var called
// VALUE, a constructor argument, a YAML value, a log line), so only a rule that knows the
// provider's format can find it; near misses go in the same lines and must stay quiet. Prints
// recall and false-positive rate per family; fails below the floors.
import { describe, expect, it } from "vitest";
import { loadRuleDir } from "../../src/rules/load.js";
import { createDetector } from "../../src/detect/detect.js";
import { expand, rng } from "../support/fake.js";
import { formats, type Format } from "./formats.js";

/** Overall floors, and the least any one family may score. */
const MIN_RECALL = 0.97;
const MAX_FP_RATE = 0.03;
const MIN_FAMILY_RECALL = 0.75;
const ROUNDS = 3;

const detector = createDetector(loadRuleDir());

/** Lines that name no secret, so that only a rule that knows the format can fire. */
const NEUTRAL: Array<[path: string, line: string]> = [
  [".env", "VALUE={t}"],
  ["app/client.py", 'client = Client("{t}")'],
  ["deploy/config.yml", "  value: '{t}'"],
  ["logs/app.log", "2024-05-01T10:00:00Z INFO request sent with {t} to upstream"],
];
const NAMED: Array<[path: string, line: string]> = [
  [".env", "{context}"],
  ["deploy/settings.txt", "  {context}"],
];

interface Tally {
  tokens: number;
  found: number;
  wrong: number;
  flagged: number;
  rules: Set<string>;
  misses: string[];
  alarms: string[];
}

function lines(f: Format): Array<[string, string]> {
  return f.context ? NAMED.map(([p, l]) => [p, l.replace("{context}", f.context!)]) : NEUTRAL;
}

function measure(): Map<string, Tally> {
  const out = new Map<string, Tally>();
  let seed = 1;
  for (const f of formats) {
    const t = out.get(f.family) ?? {
      tokens: 0,
      found: 0,
      wrong: 0,
      flagged: 0,
      rules: new Set(),
      misses: [],
      alarms: [],
    };
    out.set(f.family, t);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [kind, list] of [
        ["token", f.tokens],
        ["wrong", f.wrong],
      ] as const) {
        for (const shape of list) {
          for (const [path, line] of lines(f)) {
            const text = expand(line.replace("{t}", shape), rng(seed++));
            const found = detector.detect({ path, text, startLine: 1 });
            if (kind === "token") {
              t.tokens++;
              if (found.length > 0) t.found++;
              else t.misses.push(`${path}: ${text}`);
              for (const x of found) t.rules.add(x.ruleId);
            } else {
              t.wrong++;
              if (found.length > 0) {
                t.flagged++;
                t.alarms.push(`${path}: ${text} (${found.map((x) => x.ruleId).join(",")})`);
              }
            }
          }
        }
      }
    }
  }
  return out;
}

function report(m: Map<string, Tally>): string {
  const pct = (a: number, b: number) => (b === 0 ? "   -  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  const rows = ["family              recall   false+  rules"];
  for (const [fam, t] of m) {
    rows.push(`${fam.padEnd(18)}${pct(t.found, t.tokens)}  ${pct(t.flagged, t.wrong)}  ${[...t.rules].join(",")}`);
  }
  const all = [...m.values()];
  const sum = (k: "tokens" | "found" | "wrong" | "flagged") => all.reduce((a, t) => a + t[k], 0);
  rows.push(
    "",
    `provider corpus: ${m.size} families, ${sum("tokens")} token lines, ${sum("wrong")} near misses (${ROUNDS} rounds)`,
    `recall ${pct(sum("found"), sum("tokens"))}   false-positive rate ${pct(sum("flagged"), sum("wrong"))}`,
  );
  const misses = all.flatMap((t) => t.misses);
  const alarms = all.flatMap((t) => t.alarms);
  if (misses.length > 0) rows.push("", "missed:", ...[...new Set(misses)].slice(0, 40).map((x) => `  ${x}`));
  if (alarms.length > 0) rows.push("", "false positives:", ...[...new Set(alarms)].slice(0, 40).map((x) => `  ${x}`));
  return rows.join("\n");
}

describe("provider corpus (published token formats)", () => {
  it("is independent and well formed: every family names its source and has both kinds", () => {
    for (const f of formats) {
      expect(f.doc, f.family).toMatch(/https:\/\//);
      expect(f.tokens.length, f.family).toBeGreaterThan(0);
      expect(f.wrong.length, f.family).toBeGreaterThan(0);
      for (const s of [...f.tokens, ...f.wrong]) expect(s, f.family).not.toMatch(/\n/);
    }
    expect(new Set(formats.map((f) => f.family)).size).toBeGreaterThanOrEqual(60);
  });

  it(`finds the documented tokens (recall >= ${MIN_RECALL}, every family >= ${MIN_FAMILY_RECALL}) and not the near misses (<= ${MAX_FP_RATE})`, () => {
    const m = measure();
    const text = report(m);
    console.log(text);
    const all = [...m.values()];
    const recall = all.reduce((a, t) => a + t.found, 0) / all.reduce((a, t) => a + t.tokens, 0);
    const fp = all.reduce((a, t) => a + t.flagged, 0) / all.reduce((a, t) => a + t.wrong, 0);
    expect(recall, text).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(fp, text).toBeLessThanOrEqual(MAX_FP_RATE);
    const weak = [...m].filter(([, t]) => t.found / t.tokens < MIN_FAMILY_RECALL).map(([f]) => f);
    expect(weak, text).toEqual([]);
  });
});
