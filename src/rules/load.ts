// Reads rule files (patterns/*.toml, or a user's config) into validated, compiled rules.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, TomlError } from "smol-toml";
import type { Allowlist, Rule } from "../types.js";
import { RuleError, compileAllowlist, compileRule } from "./schema.js";

export interface RuleSet {
  rules: Rule[];
  /** Applies to every rule. */
  allowlist: Allowlist;
}

/** The shipped patterns/ directory (next to dist/ and src/ alike). */
export const PATTERNS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "patterns");

/** Parses TOML, turning syntax errors into RuleErrors that name file and line. */
export function parseToml(text: string, file: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      throw new RuleError(file, e.line, `invalid TOML: ${e.message.split("\n")[0]}`);
    }
    throw new RuleError(file, undefined, `invalid TOML: ${(e as Error).message}`);
  }
}

/** Rules and allowlist of one parsed rule file. Other top-level keys are the caller's business. */
export function rulesFromTable(doc: Record<string, unknown>, file: string, text: string): RuleSet {
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, undefined, "rules must be an array of tables ([[rules]])");
  const fail = (msg: string): never => {
    throw new RuleError(file, undefined, msg);
  };
  return {
    rules: rawRules.map((r) => compileRule(r, file, text)),
    allowlist: compileAllowlist(doc.allowlist, fail),
  };
}

export function mergeAllowlists(a: Allowlist, b: Allowlist): Allowlist {
  return {
    regexes: [...a.regexes, ...b.regexes],
    matchRegexes: [...a.matchRegexes, ...b.matchRegexes],
    paths: [...a.paths, ...b.paths],
    stopwords: [...a.stopwords, ...b.stopwords],
    names: [...a.names, ...b.names],
  };
}

/** Loads every *.toml under a directory, refusing duplicate rule ids. */
export function loadRuleDir(dir: string = PATTERNS_DIR): RuleSet {
  const files = readdirSync(dir).filter((f) => f.endsWith(".toml")).sort();
  let set: RuleSet = { rules: [], allowlist: compileAllowlist(undefined, (m) => { throw new Error(m); }) };
  for (const name of files) {
    const file = join(dir, name);
    const text = readFileSync(file, "utf8");
    const doc = parseToml(text, file);
    for (const key of Object.keys(doc)) {
      if (key !== "rules" && key !== "allowlist" && key !== "title") {
        throw new RuleError(file, undefined, `unknown top-level key "${key}" (expected [[rules]] or [allowlist])`);
      }
    }
    set = addRules(set, rulesFromTable(doc, file, text));
  }
  return set;
}

/** Adds rules to a set; a rule whose id is already there is refused (use disabledRules to replace one). */
export function addRules(set: RuleSet, more: RuleSet): RuleSet {
  const seen = new Map(set.rules.map((r) => [r.id, r.source]));
  for (const r of more.rules) {
    const prev = seen.get(r.id);
    if (prev) throw new RuleError(r.source, undefined, `rule "${r.id}" is already defined in ${prev} (to replace it, list its id in disabledRules)`);
    seen.set(r.id, r.source);
  }
  return { rules: [...set.rules, ...more.rules], allowlist: mergeAllowlists(set.allowlist, more.allowlist) };
}
