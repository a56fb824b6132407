// Validates one rule table (as parsed from TOML) and compiles it into a Rule.
// Every refusal names the file, the rule and the reason, so a user can fix a broken config.
import { LeakproofError } from "../errors.js";
import { WEAKNESS_CHECKS, type Allowlist, type EntropyRule, type Rule, type Severity } from "../types.js";
import { backtrackingProblems } from "./linear.js";

export class RuleError extends LeakproofError {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
  }
}

type Table = Record<string, unknown>;

const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];
const RULE_KEYS = new Set([
  "id",
  "description",
  "why",
  "regex",
  "flags",
  "secretGroup",
  "keywords",
  "entropy",
  "minLength",
  "maxLength",
  "paths",
  "files",
  "allowlist",
  "severity",
  "priority",
  "multiline",
  "reach",
  "skipPlaceholders",
  "literalInCode",
  "context",
  "chosenPasswords",
  "envVar",
  "envVarFrom",
  "envVarByName",
  "weakness",
  "rotate",
  "rotateCommand",
  "match",
  "nomatch",
]);
const ALLOWLIST_KEYS = new Set(["description", "regexes", "matchRegexes", "paths", "stopwords", "names"]);
const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** Where a rule sits in its file: the line of its `id = "…"`, for error messages. */
export function lineOfId(text: string, id: string): number | undefined {
  if (text === "") return undefined; // pre-parsed (packed) rules: validated when the pack was built
  const needle = new RegExp(`^\\s*id\\s*=\\s*["']${id.replace(/[^a-z0-9-]/gi, "")}["']`, "m");
  const m = needle.exec(text);
  return m ? text.slice(0, m.index).split("\n").length : undefined;
}

/**
 * `trusted`: the table comes from the build's pack of the shipped rules, validated when the pack
 * was made, so its regexes are only compiled when a keyword first calls for them.
 * `user`: the table comes from a user's config: every regex is also refused if it can backtrack
 * super-linearly (shipped ones are checked by test/rules/linear.test.ts instead).
 */
export function compileRule(raw: unknown, file: string, text: string, trusted = false, user = false): Rule {
  if (!isTable(raw)) throw new RuleError(file, undefined, "each [[rules]] entry must be a table");
  const id = raw.id;
  if (typeof id !== "string" || !ID.test(id)) {
    throw new RuleError(file, undefined, `rule id ${JSON.stringify(id)} must be lowercase letters, digits and dashes`);
  }
  const line = lineOfId(text, id);
  const fail = (msg: string): never => {
    throw new RuleError(file, line, `rule "${id}": ${msg}`);
  };
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) fail(`unknown field "${key}"`);

  const description = str(raw.description, "description", fail) ?? fail("missing description");
  const flags = str(raw.flags, "flags", fail) ?? "";
  if (!/^[imsu]*$/.test(flags)) fail(`flags "${flags}" may only contain i, m, s, u (g and d are added by leakproof)`);
  const sources = raw.regex === undefined ? fail("missing regex") : strList(raw.regex, "regex", fail);
  if (sources.length === 0) fail("regex is empty");
  const secretGroup = raw.secretGroup;
  if (secretGroup !== undefined && (!Number.isInteger(secretGroup) || (secretGroup as number) < 0)) {
    fail("secretGroup must be a whole number ≥ 0");
  }
  const compile = (source: string) => {
    if (trusted) return new RegExp(source, `${flags}gd`);
    if (/\\[1-9]|\\k</.test(source)) fail("backreferences are not allowed (they defeat linear-time matching)");
    if (/\(\?<[=!]/.test(source))
      fail("lookbehind is not allowed (bounded windows cannot honour it); use (?:^|[^…]) instead");
    let re: RegExp;
    try {
      re = new RegExp(source, `${flags}gd`);
    } catch (e) {
      return fail(`invalid regex: ${(e as Error).message}`);
    }
    if (user) refuseBacktracking(source, flags, "regex", fail);
    const groups = countGroups(source);
    if (secretGroup !== undefined && (secretGroup as number) > groups) {
      fail(`secretGroup ${secretGroup as number} is beyond the regex's ${groups} capture group(s)`);
    }
    return re;
  };
  const regexes = trusted ? [] : sources.map(compile);

  const severity = (str(raw.severity, "severity", fail) ?? "high") as Severity;
  if (!SEVERITIES.includes(severity)) fail(`severity must be one of ${SEVERITIES.join(", ")}`);
  const keywords = (raw.keywords === undefined ? [] : strList(raw.keywords, "keywords", fail)).map((k) =>
    k.toLowerCase(),
  );
  if (keywords.some((k) => k.length < 2)) fail("keywords must be at least 2 characters");
  const wide = keywords.find((k) => /[\u0080-\uffff]/.test(k));
  if (wide !== undefined)
    fail(`keyword ${JSON.stringify(wide)} must be ASCII (the keyword prefilter reads ASCII only)`);
  if (raw.files !== undefined && raw.keywords !== undefined)
    fail("a rule with files reads those files whole: it takes no keywords");
  const minLength = int(raw.minLength, "minLength", fail) ?? 1;
  const maxLength = int(raw.maxLength, "maxLength", fail) ?? 1000;
  if (maxLength < minLength) fail("maxLength is below minLength");

  const rule: Rule = {
    id,
    description,
    regexes,
    keywords,
    minLength,
    maxLength,
    paths: regexList(raw.paths, "paths", fail, user),
    files: regexList(raw.files, "files", fail, user),
    allowlist: compileAllowlist(raw.allowlist, fail, user),
    severity,
    priority: int(raw.priority, "priority", fail) ?? 0,
    multiline: bool(raw.multiline, "multiline", fail) ?? false,
    reach: reachOf(int(raw.reach, "reach", fail), fail),
    skipPlaceholders: bool(raw.skipPlaceholders, "skipPlaceholders", fail) ?? true,
    literalInCode: bool(raw.literalInCode, "literalInCode", fail) ?? true,
    chosenPasswords: bool(raw.chosenPasswords, "chosenPasswords", fail) ?? false,
    why: str(raw.why, "why", fail) ?? description,
    envVarFrom: oneOf(raw.envVarFrom, "envVarFrom", ["rule", "name"] as const, fail) ?? "rule",
    source: file,
    examples: {
      match: raw.match === undefined ? [] : strList(raw.match, "match", fail),
      nomatch: raw.nomatch === undefined ? [] : strList(raw.nomatch, "nomatch", fail),
    },
  };
  const entropy = compileEntropy(raw.entropy, fail);
  if (entropy) rule.entropy = entropy;
  const context = compileContext(raw.context, fail);
  if (context) rule.context = context;
  const envVar = str(raw.envVar, "envVar", fail);
  if (envVar !== undefined) {
    if (!ENV_NAME.test(envVar)) fail("envVar must be an UPPER_SNAKE_CASE name");
    rule.envVar = envVar;
  }
  const byName = raw.envVarByName;
  if (byName !== undefined) {
    if (!isTable(byName) || !Object.values(byName).every((v) => typeof v === "string" && ENV_NAME.test(v)))
      fail('envVarByName must be a table of NAME = "ENV_VAR" (UPPER_SNAKE_CASE names)');
    rule.envVarByName = byName as Record<string, string>;
  }
  const weakness = oneOf(raw.weakness, "weakness", WEAKNESS_CHECKS, fail);
  if (weakness !== undefined) rule.weakness = weakness;
  const rotate = str(raw.rotate, "rotate", fail);
  if (rotate !== undefined) rule.rotate = rotate;
  const rotateCommand = str(raw.rotateCommand, "rotateCommand", fail);
  if (rotateCommand !== undefined) rule.rotateCommand = rotateCommand;
  if (secretGroup !== undefined) rule.secretGroup = secretGroup as number;
  if (trusted) {
    // Compiled on first use, then kept as a plain property (structured clone to the dir worker reads it).
    Object.defineProperty(rule, "regexes", {
      configurable: true,
      enumerable: true,
      get() {
        const compiled = sources.map(compile);
        Object.defineProperty(rule, "regexes", { value: compiled, enumerable: true, writable: true });
        return compiled;
      },
    });
  }
  return rule;
}

export function compileAllowlist(raw: unknown, fail: (msg: string) => never, user = false): Allowlist {
  const empty: Allowlist = { regexes: [], matchRegexes: [], paths: [], stopwords: [], names: [] };
  if (raw === undefined) return empty;
  if (!isTable(raw)) return fail("allowlist must be a table");
  for (const key of Object.keys(raw)) if (!ALLOWLIST_KEYS.has(key)) fail(`allowlist: unknown field "${key}"`);
  return {
    regexes: regexList(raw.regexes, "allowlist.regexes", fail, user),
    matchRegexes: regexList(raw.matchRegexes, "allowlist.matchRegexes", fail, user),
    paths: regexList(raw.paths, "allowlist.paths", fail, user),
    stopwords: (raw.stopwords === undefined ? [] : strList(raw.stopwords, "allowlist.stopwords", fail)).map((s) =>
      s.toLowerCase(),
    ),
    names: regexList(raw.names, "allowlist.names", fail, user),
  };
}

/** `context = { paths = […], text = […] }`: the rule runs only where the path or the fragment's text says so. */
function compileContext(raw: unknown, fail: (msg: string) => never): Rule["context"] {
  if (raw === undefined) return undefined;
  if (!isTable(raw)) return fail("context must be a table { paths, text }");
  for (const key of Object.keys(raw)) if (key !== "paths" && key !== "text") fail(`context: unknown field "${key}"`);
  const paths = regexList(raw.paths, "context.paths", fail);
  const text = regexList(raw.text, "context.text", fail);
  if (paths.length === 0 && text.length === 0) fail("context needs paths or text");
  return { paths, text };
}

function compileEntropy(raw: unknown, fail: (msg: string) => never): EntropyRule | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === "number") return { any: raw };
  if (!isTable(raw)) return fail("entropy must be a number or a table { any, hex, base64 }");
  const out: EntropyRule = { any: 0 };
  for (const [k, v] of Object.entries(raw)) {
    if (!["any", "hex", "base64"].includes(k)) fail(`entropy: unknown charset "${k}" (any, hex, base64)`);
    if (typeof v !== "number" || v < 0 || v > 8) fail(`entropy.${k} must be a number from 0 to 8`);
    (out as unknown as Record<string, number>)[k] = v;
  }
  return out;
}

/** How far past its keyword a multi-line rule reads: the regex's longest match, bounded (the window is what keeps matching linear). */
function reachOf(v: number | undefined, fail: (msg: string) => never): number {
  if (v === undefined) return 16384;
  return v >= 64 && v <= 65536 ? v : fail("reach must be a whole number of characters from 64 to 65536");
}

export function regexList(raw: unknown, what: string, fail: (msg: string) => never, user = false): RegExp[] {
  if (raw === undefined) return [];
  return strList(raw, what, fail).map((source) => {
    // Case-sensitive unless the pattern starts with (?i), as in gitleaks configs.
    const insensitive = source.startsWith("(?i)");
    let re: RegExp;
    try {
      re = new RegExp(insensitive ? source.slice(4) : source, insensitive ? "i" : "");
    } catch (e) {
      return fail(`${what}: invalid regex ${JSON.stringify(source)}: ${(e as Error).message}`);
    }
    if (user) refuseBacktracking(re.source, re.flags, `${what} ${JSON.stringify(source)}`, fail);
    return re;
  });
}

/** A user's regex that could hang a scan is refused when it loads, with the reason. */
function refuseBacktracking(source: string, flags: string, what: string, fail: (msg: string) => never): void {
  const problems = backtrackingProblems(source, flags);
  if (problems.length > 0)
    fail(`${what} can take super-linear time, so a crafted line could hang the scan: ${problems[0]}`);
}

/** Capture groups in a regex source (named or numbered), ignoring escapes and character classes. */
export function countGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && (source[i + 1] !== "?" || (source[i + 2] === "<" && /[A-Za-z]/.test(source[i + 3] ?? ""))))
      n++;
  }
  return n;
}

function isTable(v: unknown): v is Table {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function str(v: unknown, what: string, fail: (msg: string) => never): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === "string" ? v : fail(`${what} must be a string`);
}
function strList(v: unknown, what: string, fail: (msg: string) => never): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  return fail(`${what} must be a string or a list of strings`);
}
function oneOf<T extends string>(
  v: unknown,
  what: string,
  values: readonly T[],
  fail: (msg: string) => never,
): T | undefined {
  if (v === undefined) return undefined;
  return (values as readonly unknown[]).includes(v) ? (v as T) : fail(`${what} must be one of ${values.join(", ")}`);
}
function int(v: unknown, what: string, fail: (msg: string) => never): number | undefined {
  if (v === undefined) return undefined;
  return typeof v === "number" && Number.isInteger(v) ? v : fail(`${what} must be a whole number`);
}
function bool(v: unknown, what: string, fail: (msg: string) => never): boolean | undefined {
  if (v === undefined) return undefined;
  return typeof v === "boolean" ? v : fail(`${what} must be true or false`);
}
