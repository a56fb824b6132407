// Reads rule files (patterns/*.toml, or a user's config) into validated, compiled rules.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as toml from "smol-toml";
import type { Allowlist, Rule, RuleSet } from "../types.js";
import { lazyRule } from "./lazy.js";
import { decodePack } from "./packfile.js";
import { RuleError, compileAllowlist, compileRule } from "./schema.js";

/** The shipped patterns/ directory (next to dist/ and src/ alike). */
export const PATTERNS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "patterns");

/** The build's pre-parsed copy of patterns/, so the hook path needs no TOML parser (see pack.ts, packfile.ts). */
export const PACK_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "patterns.pack");

/** Parses TOML, turning syntax errors into RuleErrors that name file and line. */
export function parseToml(text: string, file: string): Record<string, unknown> {
  try {
    return toml.parse(text);
  } catch (e) {
    if (e instanceof toml.TomlError) {
      throw new RuleError(file, e.line, `invalid TOML: ${e.message.split("\n")[0]}`);
    }
    throw new RuleError(file, undefined, `invalid TOML: ${(e as Error).message}`);
  }
}

/** Rules and allowlist (placeholders) of one parsed rule file. Other top-level keys are the caller's business. */
export function rulesFromTable(
  doc: Record<string, unknown>,
  file: string,
  text: string,
  trusted = false,
  user = false,
): RuleSet {
  const rawRules = doc.rules ?? [];
  if (!Array.isArray(rawRules)) throw new RuleError(file, undefined, "rules must be an array of tables ([[rules]])");
  const fail = (msg: string): never => {
    throw new RuleError(file, undefined, msg);
  };
  return {
    rules: rawRules.map((r) => compileRule(r, file, text, trusted, user)),
    placeholders: compileAllowlist(doc.allowlist, fail, user),
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

/**
 * Loads every *.toml under a directory, refusing duplicate rule ids. No rules at all is an error:
 * a partial install (an empty or missing patterns/) would otherwise let every token through.
 */
export function loadRuleDir(dir: string = PATTERNS_DIR): RuleSet {
  let listed: string[];
  try {
    listed = readdirSync(dir);
  } catch (e) {
    throw new RuleError(
      dir,
      undefined,
      `cannot read the rules directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): reinstall leakproof`,
    );
  }
  const names = listed.filter((f) => f.endsWith(".toml")).sort();
  const packed = dir === PATTERNS_DIR ? readPack(names) : undefined;
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  let placeholders = compileAllowlist(undefined, (m) => {
    throw new Error(m);
  });
  for (const name of names) {
    const file = join(dir, name);
    const cached = packed?.get(name);
    const text = cached ? "" : readFileSync(file, "utf8");
    const doc = cached?.top ?? parseToml(text, file);
    for (const key of Object.keys(doc)) {
      if (key !== "rules" && key !== "allowlist" && key !== "title") {
        throw new RuleError(file, undefined, `unknown top-level key "${key}" (expected [[rules]] or [allowlist])`);
      }
    }
    // One growing list (not addRules per file, which copies the set each time: quadratic in rules).
    // The pack's rules were validated when it was built: each compiles on first use (lazy.ts).
    const more = cached
      ? { rules: cached.rules, placeholders: rulesFromTable(cached.top, file, text, true).placeholders }
      : rulesFromTable(doc, file, text);
    refuseDuplicates(seen, more.rules);
    rules.push(...more.rules);
    placeholders = mergeAllowlists(placeholders, more.placeholders);
  }
  if (rules.length === 0)
    throw new RuleError(
      dir,
      undefined,
      "no rules found (*.toml with [[rules]]): a scan without rules would pass everything; reinstall leakproof",
    );
  return { rules, placeholders };
}

/** The pre-parsed files, if the pack exists and was made of these files (see PackedFileEntry.size). */
function readPack(names: string[]): Map<string, { top: Record<string, unknown>; rules: Rule[] }> | undefined {
  let pack: ReturnType<typeof decodePack>;
  try {
    pack = decodePack(readFileSync(PACK_FILE));
  } catch {
    return undefined;
  }
  if (!pack || pack.index.files.length !== names.length) return undefined;
  const out = new Map<string, { top: Record<string, unknown>; rules: Rule[] }>();
  for (const e of pack.index.files) {
    if (!names.includes(e.name)) return undefined;
    if (sizeOf(join(PATTERNS_DIR, e.name)) !== e.size) return undefined;
    const file = join(PATTERNS_DIR, e.name);
    out.set(e.name, { top: e.top, rules: e.rules.map((r) => lazyRule(r.cheap, file, () => pack.table(r.at))) });
  }
  return out;
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** Adds rules to a set; a rule whose id is already there is refused (use disabledRules to replace one). */
export function addRules(set: RuleSet, more: RuleSet): RuleSet {
  refuseDuplicates(new Map(set.rules.map((r) => [r.id, r.source])), more.rules);
  return { rules: [...set.rules, ...more.rules], placeholders: mergeAllowlists(set.placeholders, more.placeholders) };
}

/** Refuses a rule whose id `seen` (id → source) already holds; adds the others to it. */
function refuseDuplicates(seen: Map<string, string>, more: readonly Rule[]): void {
  for (const r of more) {
    const prev = seen.get(r.id);
    if (prev)
      throw new RuleError(
        r.source,
        undefined,
        `rule "${r.id}" is already defined in ${prev} (to replace it, list its id in disabledRules)`,
      );
    seen.set(r.id, r.source);
  }
}
