// Detection quality on a labelled corpus of the shapes secrets take in public code (cases/*.ts):
// per line, recall = found secret lines / secret lines, precision = found secret lines / lines
// with a finding. A secret line is found if a finding starts on it (from the labelled rule, if
// the label names one); a finding on any unlabelled line is a false positive.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadRuleDir } from "../../src/rules/load.js";
import { createDetector } from "../../src/detect/detect.js";
import type { Finding } from "../../src/types.js";
import { expand, rng } from "../support/fake.js";
import { meaningful, type Case } from "./cases/case.js";

const MIN_RECALL = 0.97;
const MIN_PRECISION = 0.95;
const MIN_LINES = 200;
const MIN_POSITIVES = 80;
const MIN_NEGATIVES = 120;
/**
 * Each case is expanded this many times, with different (fixed) seeds: a rule that only works for
 * some random values (an allowlist that happens to match a random string, an entropy bar at the
 * edge) shows up as a line missed in some rounds, not as luck.
 */
const ROUNDS = 4;

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), "cases");
const set = loadRuleDir();
const detector = createDetector(set);

interface Loaded extends Case {
  family: string;
}

/**
 * Every family file in cases/ (a module exporting `cases`, or a JSON array of cases), plus those in
 * the directory named by LEAKPROOF_CORPUS, if set: an independent corpus in the same format.
 */
async function loadCases(): Promise<Loaded[]> {
  const out: Loaded[] = [];
  const dirs = [CASES_DIR, ...(process.env.LEAKPROOF_CORPUS ? [resolve(process.env.LEAKPROOF_CORPUS)] : [])];
  for (const dir of dirs) {
    const names = readdirSync(dir)
      .filter((f) => /\.(?:ts|js|mjs|json)$/.test(f) && f !== "case.ts")
      .sort();
    for (const name of names) {
      const family = name.replace(/\.[a-z]+$/, "");
      const cases = name.endsWith(".json")
        ? (JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown)
        : ((await import(join(dir, name))) as { cases?: unknown }).cases;
      if (!Array.isArray(cases))
        throw new Error(`${join(dir, name)} must export \`cases: Case[]\` (or be a JSON array)`);
      for (const c of cases as Case[]) out.push({ ...c, family });
    }
  }
  return out;
}

/** A seed from the case's own identity (family, path, and which case of that path it is), so adding a case never changes another one's secrets. */
function seedOf(c: Loaded, nth: number): number {
  let h = 2166136261;
  for (const ch of `${c.family}/${c.path}#${nth}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

interface Miss {
  where: string;
  rule?: string;
  got: string;
}

interface Family {
  positives: number;
  tp: number;
  fp: number;
  negatives: number;
}

interface Score {
  /** Labelled lines, and meaningful unlabelled lines, per round. */
  positives: number;
  negatives: number;
  /** Summed over all rounds. */
  tp: number;
  fpLines: number;
  rounds: number;
  misses: Miss[];
  falsePositives: Miss[];
  perFamily: Map<string, Family>;
}

function score(cases: Loaded[], rounds: number): Score {
  const s: Score = {
    positives: 0,
    negatives: 0,
    tp: 0,
    fpLines: 0,
    rounds,
    misses: [],
    falsePositives: [],
    perFamily: new Map(),
  };
  for (let round = 0; round < rounds; round++) {
    const seen = new Map<string, number>();
    for (const c of cases) {
      const id = `${c.family}/${c.path}`;
      const nth = seen.get(id) ?? 0;
      seen.set(id, nth + 1);
      const fam = s.perFamily.get(c.family) ?? { positives: 0, tp: 0, fp: 0, negatives: 0 };
      s.perFamily.set(c.family, fam);
      const text = expand(c.text, rng((seedOf(c, nth) + round * 0x9e3779b9) >>> 0));
      const findings = detector.detect({ path: c.path, text, startLine: 1 });
      const byLine = new Map<number, Finding[]>();
      for (const f of findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
      const labels = new Map((c.secrets ?? []).map((l) => [l.line, l]));
      text.split("\n").forEach((line, j) => {
        const n = j + 1;
        const label = labels.get(n);
        const found = byLine.get(n) ?? [];
        const got = found.map((f) => f.ruleId).join(",");
        if (label) {
          if (round === 0) {
            s.positives++;
            fam.positives++;
          }
          if (found.some((f) => label.rule === undefined || f.ruleId === label.rule)) {
            s.tp++;
            fam.tp++;
          } else
            s.misses.push({
              where: `${c.path}:${n}`,
              ...(label.rule ? { rule: label.rule } : {}),
              got: got || "nothing",
            });
        } else {
          if (round === 0 && meaningful(line)) {
            s.negatives++;
            fam.negatives++;
          }
          if (found.length > 0) {
            s.fpLines++;
            fam.fp++;
            s.falsePositives.push({ where: `${c.path}:${n}`, got });
          }
        }
      });
    }
  }
  return s;
}

/** Each line once, with how many rounds it went wrong in. */
function tally(list: Miss[], rounds: number): string[] {
  const counts = new Map<string, number>();
  for (const m of list) {
    const key = `${m.where}${m.rule ? ` (want ${m.rule})` : ""}: got ${m.got}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `  ${k}${rounds > 1 ? `  [${n}/${rounds} rounds]` : ""}`);
}

function report(s: Score, recall: number, precision: number): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const out = [
    `corpus: ${s.positives} secret lines, ${s.negatives} negative lines; each case expanded ${s.rounds} times`,
    `recall ${pct(recall)} (${s.tp}/${s.positives * s.rounds})   precision ${pct(precision)} (${s.tp}/${s.tp + s.fpLines})`,
    "",
    "family          secrets  found  negatives  false+   (found and false+ summed over rounds)",
  ];
  for (const [fam, f] of s.perFamily) {
    out.push(
      `${fam.padEnd(16)}${String(f.positives).padStart(7)}${String(f.tp).padStart(7)}${String(f.negatives).padStart(11)}${String(f.fp).padStart(8)}`,
    );
  }
  if (s.misses.length > 0) out.push("", "missed:", ...tally(s.misses, s.rounds));
  if (s.falsePositives.length > 0) out.push("", "false positives:", ...tally(s.falsePositives, s.rounds));
  return out.join("\n");
}

describe("labelled corpus", () => {
  let cases: Loaded[] = [];
  beforeAll(async () => {
    cases = await loadCases();
  });

  it("is well formed: labels on real lines, each holding a random part, rules that exist", () => {
    const ids = new Set(set.rules.map((r) => r.id));
    const problems: string[] = [];
    for (const c of cases) {
      const lines = c.text.split("\n");
      const seen = new Set<number>();
      for (const l of c.secrets ?? []) {
        const line = lines[l.line - 1];
        if (line === undefined) problems.push(`${c.family} ${c.path}: label on line ${l.line} of ${lines.length}`);
        else if (!/\{\{rand:\d+:[A-Za-z0-9]+\}\}|-----BEGIN /.test(line)) {
          problems.push(`${c.family} ${c.path}:${l.line}: a secret line must hold a {{rand:…}} part: ${line}`);
        }
        if (seen.has(l.line)) problems.push(`${c.family} ${c.path}:${l.line}: labelled twice`);
        seen.add(l.line);
        if (l.rule !== undefined && !ids.has(l.rule))
          problems.push(`${c.family} ${c.path}:${l.line}: no rule "${l.rule}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("is big and varied enough", () => {
    const s = score(cases, 1);
    const families = new Set(cases.map((c) => c.family));
    expect(families.size).toBeGreaterThanOrEqual(7);
    expect(s.positives).toBeGreaterThanOrEqual(MIN_POSITIVES);
    expect(s.negatives).toBeGreaterThanOrEqual(MIN_NEGATIVES);
    expect(s.positives + s.negatives).toBeGreaterThanOrEqual(MIN_LINES);
  });

  it(`finds secrets with recall >= ${MIN_RECALL} and precision >= ${MIN_PRECISION}`, () => {
    const s = score(cases, ROUNDS);
    const recall = s.positives === 0 ? 0 : s.tp / (s.positives * s.rounds);
    const precision = s.tp + s.fpLines === 0 ? 0 : s.tp / (s.tp + s.fpLines);
    const text = report(s, recall, precision);
    console.log(text);
    expect(recall, text).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision, text).toBeGreaterThanOrEqual(MIN_PRECISION);
  });

  it("holds no realistic secret itself: the case files, as written, scan clean", () => {
    const found: string[] = [];
    for (const name of readdirSync(CASES_DIR).filter((f) => f.endsWith(".ts"))) {
      const path = `test/corpus/cases/${name}`;
      const text = readFileSync(join(CASES_DIR, name), "utf8");
      for (const f of detector.detect({ path, text, startLine: 1 })) found.push(`${path}:${f.line} ${f.ruleId}`);
    }
    expect(found).toEqual([]);
  });
});
