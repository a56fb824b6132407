// Whether a regex can backtrack super-linearly, told before it ever runs: shipped rules are
// checked by a test, a user's rules (.leakproof.toml) when they load. scslre finds exponential
// and polynomial backtracking and the "moving start" kind. A bounded quantifier ({1,200}) hides
// the same problem behind a large constant: two adjacent ones that can trade characters cost
// 200 × 400 steps per start position. So the check runs twice: on the regex as written, then
// with every bound above BOUND read as unbounded, where a trade or self-trade is refused too.
// Both libraries load on first use only: the hook path checks nothing unless a user rule asks.
import { createRequire } from "node:module";
import type { AST, RegExpParser } from "@eslint-community/regexpp";

type Regexpp = typeof import("@eslint-community/regexpp");
type Scslre = typeof import("scslre");
type Analysis = typeof import("regexp-ast-analysis");
let libs: { regexpp: Regexpp; scslre: Scslre; analysis: Analysis; parser: RegExpParser } | undefined;

function load(): NonNullable<typeof libs> {
  if (libs) return libs;
  const require = createRequire(import.meta.url);
  const regexpp = require("@eslint-community/regexpp") as Regexpp;
  const scslre = require("scslre") as Scslre;
  const analysis = require("regexp-ast-analysis") as Analysis;
  return (libs = { regexpp, scslre, analysis, parser: new regexpp.RegExpParser({ ecmaVersion: 2022 }) });
}

/** Quantifier bounds up to this are cheap enough to trade; larger ones count as unbounded. */
export const BOUND = 16;

/** Why a regex may run in super-linear time, one sentence each; empty when it cannot. */
export function backtrackingProblems(source: string, flags: string): string[] {
  const { parser, scslre } = load();
  const analyse = scslre.analyse;
  const f = flags.replace(/[gdy]/g, "");
  const literal = parser.parseLiteral(`/${source}/${f}`);
  const problems = [...analyse(literal).reports.map((r) => describe(r)), ...ambiguousAlternatives(literal)];
  if (problems.length > 0) return problems;
  const unbounded = unbound(literal);
  if (unbounded === literal.raw) return [];
  // The same tree with other bounds: its quantifiers, in visiting order, are the original's.
  const loose = parser.parseLiteral(unbounded);
  const original = new Map<AST.Quantifier, AST.Quantifier>();
  const a = quantifiers(literal);
  quantifiers(loose).forEach((q, i) => original.set(q, a[i]!));
  const orig = (q: AST.Quantifier) => original.get(q) ?? q;
  return analyse(loose)
    .reports.filter((r) => r.type !== "Move" && steps(r, orig) > MAX_STEPS)
    .map(
      (r) =>
        `${describe(r, orig)}: up to ${steps(r, orig)} steps from each start position (bound the runs that can trade to {0,${BOUND}}, or make them exclusive)`,
    );
}

/** Work per start position above which bounded backtracking counts as super-linear. */
const MAX_STEPS = 1024;

type Report = ReturnType<Scslre["analyse"]>["reports"][number];
type Orig = (q: AST.Quantifier) => AST.Quantifier;

function quantifiers(literal: AST.RegExpLiteral): AST.Quantifier[] {
  const out: AST.Quantifier[] = [];
  load().regexpp.visitRegExpAST(literal, { onQuantifierEnter: (q) => void out.push(q) });
  return out;
}

/** The backtracking work one start position can cost, from the quantifiers' real bounds. */
function steps(r: Report, orig: Orig): number {
  if (r.type === "Trade") return orig(r.startQuant).max * orig(r.endQuant).max;
  if (r.type === "Self") return orig(r.quant).max ** Math.min(orig(r.parentQuant).max, 64);
  return orig(r.quant).max;
}

function describe(r: Report, orig: Orig = (q) => q): string {
  const how = r.exponential ? "exponential" : "polynomial";
  switch (r.type) {
    case "Trade":
      return `${how} backtracking: ${orig(r.startQuant).raw} and ${orig(r.endQuant).raw} can both match "${r.character.pick}"`;
    case "Self":
      return `${how} backtracking: ${orig(r.quant).raw} repeats inside ${orig(r.parentQuant).raw} and can match "${r.character.pick}" in more than one way`;
    case "Move":
      return `quadratic time: ${orig(r.quant).raw} is tried again from every start position (anchor it, or bound it)`;
  }
}

/**
 * scslre follows quantifiers, not alternation: in `(a|a)*c` or `(a|aa)+$` each repetition can take
 * either branch, 2^n ways to fail. A repeated group whose branches can start with the same
 * character (or match nothing) is refused when it may repeat enough for that to matter.
 */
function ambiguousAlternatives(literal: AST.RegExpLiteral): string[] {
  const { regexpp, analysis } = load();
  const out: string[] = [];
  regexpp.visitRegExpAST(literal, {
    onQuantifierEnter(q) {
      const g = q.element;
      if ((g.type !== "Group" && g.type !== "CapturingGroup") || g.alternatives.length < 2) return;
      if (2 ** Math.min(q.max, 64) <= MAX_STEPS) return;
      const firsts = g.alternatives.map((a) => analysis.getFirstConsumedChar(a, "ltr", literal.flags));
      for (let i = 0; i < firsts.length; i++) {
        for (let j = i + 1; j < firsts.length; j++) {
          const a = firsts[i]!;
          const b = firsts[j]!;
          if (a.empty || b.empty || !a.char.isDisjointWith(b.char)) {
            out.push(
              `exponential backtracking: in ${q.raw}, the branches ${g.alternatives[i]!.raw || "(empty)"} and ${g.alternatives[j]!.raw || "(empty)"} can match the same text, so each repetition can be tried both ways`,
            );
            return;
          }
        }
      }
    },
  });
  return out;
}

/** The literal's source with every quantifier whose maximum exceeds BOUND made unbounded. */
function unbound(literal: AST.RegExpLiteral): string {
  const edits: AST.Quantifier[] = [];
  load().regexpp.visitRegExpAST(literal, {
    onQuantifierEnter(q) {
      if (q.max > BOUND && q.max !== Infinity && q.min !== q.max) edits.push(q);
    },
  });
  let src = literal.raw;
  for (const q of edits.sort((a, b) => b.end - a.end)) {
    const lazy = q.raw.endsWith("?") && q.raw.length - q.element.raw.length > 1;
    src = src.slice(0, q.element.end) + (q.min === 0 ? "*" : "+") + (lazy ? "?" : "") + src.slice(q.end);
  }
  return src;
}
