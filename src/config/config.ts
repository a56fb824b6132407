// .leakproof.toml: add rules (same schema as patterns/), disable rules by id, extra allowlists,
// path ignores. Any mistake is refused with the file, the line and what is wrong.
import type { RuleSet } from "../types.js";
import { lstatSync } from "node:fs";
import { FileRefused, readRegular, SMALL_FILE } from "../sources/regular.js";
import { dirname, join, resolve } from "node:path";
import { addRules, parseToml, rulesFromTable } from "../rules/load.js";
import { RuleError } from "../rules/schema.js";

export const CONFIG_NAME = ".leakproof.toml";
const KEYS = new Set(["title", "rules", "allowlist", "disabledRules", "ignore", "maxFileSize", "django", "baseline"]);

export interface Config {
  file?: string;
  /** Gitignore-syntax patterns, relative to the repository root. */
  ignore: string[];
  /** Bytes; files above are skipped with a note. */
  maxFileSize?: number;
  /** The baseline every scan reads (absolute; from `baseline = "…"`, relative to the config file's directory). */
  baseline?: string;
  /** [django] deploy = true: the hook also runs Django's deployment checks when a commit touches settings. */
  djangoDeploy?: boolean;
}

/**
 * Applies the config to the built-in rule set. `explicit` is a --config path (must exist);
 * otherwise .leakproof.toml at the root is used if present.
 */
export function loadConfig(
  root: string,
  explicit: string | undefined,
  builtin: RuleSet,
): { config: Config; rules: RuleSet } {
  const file = explicit ?? join(root, CONFIG_NAME);
  // lstat, not exists: a link that loops (or points nowhere) is a config that cannot be read, not no config.
  if (!lstatExists(file)) {
    if (explicit) throw new RuleError(explicit, undefined, "config file not found");
    return { config: { ignore: [] }, rules: builtin };
  }
  let text: string;
  try {
    text = readRegular(file, SMALL_FILE).toString("utf8");
  } catch (e) {
    const why = e instanceof FileRefused ? e.reason : (e as Error).message;
    throw new RuleError(file, undefined, `cannot read config: ${why}`);
  }
  const doc = parseToml(text, file);
  // Plain string comparison: a key name is the user's text, never a regex.
  const lineOf = (key: string) => {
    const i = text.split("\n").findIndex((l) => {
      const t = l.trimStart();
      const rest = [key, `"${key}"`, `'${key}'`].find((k) => t.startsWith(k));
      return rest !== undefined && t.slice(rest.length).trimStart().startsWith("=");
    });
    return i >= 0 ? i + 1 : undefined;
  };
  for (const key of Object.keys(doc)) {
    if (!KEYS.has(key))
      throw new RuleError(file, lineOf(key), `unknown key "${key}" (expected one of ${[...KEYS].join(", ")})`);
  }

  const disabled = doc.disabledRules ?? [];
  if (!Array.isArray(disabled) || !disabled.every((x) => typeof x === "string")) {
    throw new RuleError(file, lineOf("disabledRules"), "disabledRules must be a list of rule ids");
  }
  const known = new Set(builtin.rules.map((r) => r.id));
  for (const id of disabled) {
    if (!known.has(id)) throw new RuleError(file, lineOf("disabledRules"), `disabledRules: no built-in rule "${id}"`);
  }
  const ignorePatterns = doc.ignore ?? [];
  if (!Array.isArray(ignorePatterns) || !ignorePatterns.every((x) => typeof x === "string")) {
    throw new RuleError(file, lineOf("ignore"), "ignore must be a list of gitignore-style patterns");
  }
  const config: Config = { file, ignore: ignorePatterns };
  if (doc.maxFileSize !== undefined) {
    if (typeof doc.maxFileSize !== "number" || !Number.isInteger(doc.maxFileSize) || doc.maxFileSize <= 0) {
      throw new RuleError(file, lineOf("maxFileSize"), "maxFileSize must be a positive whole number of bytes");
    }
    config.maxFileSize = doc.maxFileSize;
  }

  if (doc.django !== undefined) {
    const d = doc.django as Record<string, unknown>;
    const at = text.split("\n").findIndex((l) => /^\s*\[django\]|^\s*django\s*=/.test(l)) + 1 || undefined;
    if (typeof d !== "object" || d === null || Array.isArray(d))
      throw new RuleError(file, at, "django must be a table: [django] deploy = true");
    for (const k of Object.keys(d))
      if (k !== "deploy") throw new RuleError(file, at, `django: unknown key "${k}" (expected deploy)`);
    if (d.deploy !== undefined && typeof d.deploy !== "boolean")
      throw new RuleError(file, at, "django.deploy must be true or false");
    if (d.deploy === true) config.djangoDeploy = true;
  }
  if (doc.baseline !== undefined) {
    if (typeof doc.baseline !== "string" || doc.baseline === "")
      throw new RuleError(file, lineOf("baseline"), "baseline must be the path of a baseline file");
    config.baseline = resolve(dirname(file), doc.baseline);
  }

  const kept: RuleSet = {
    rules: builtin.rules.filter((r) => !disabled.includes(r.id)),
    placeholders: builtin.placeholders,
  };
  return { config, rules: addRules(kept, rulesFromTable(doc, file, text, false, true)) };
}

function lstatExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
