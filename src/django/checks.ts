// Django's deployment checks as data (patterns/django-deploy/checks.toml), and how one is decided
// on statically read settings: each test is true, false or unknown; a check is reported when all of
// its tests are true, left out when one is false, and undecidable otherwise.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseToml } from "../rules/load.js";
import { RuleError } from "../rules/schema.js";
import type { Severity } from "../types.js";
import { evalLiteral } from "./literal.js";
import { type Val, contains, equal, itemsOf, truthy, withDeps } from "./value.js";
import { type Version, inRange, parseVersion } from "./version.js";
import type { Binding } from "./evaluate.js";

export const CHECKS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "patterns",
  "django-deploy",
  "checks.toml",
);

export type Predicate =
  | "truthy"
  | "falsy"
  | "is-true"
  | "not-true"
  | "none"
  | "not-none"
  | "equals"
  | "not-equals"
  | "contains"
  | "not-contains"
  | "not-in"
  | "weak-key"
  | "any-weak-key"
  | "invalid-policy";

const PREDICATES = new Set<string>([
  "truthy",
  "falsy",
  "is-true",
  "not-true",
  "none",
  "not-none",
  "equals",
  "not-equals",
  "contains",
  "not-contains",
  "not-in",
  "weak-key",
  "any-weak-key",
  "invalid-policy",
]);

/** Facts about the project that are not settings (computed by the command, see facts.ts). */
export type Fact = "no-proxy" | "admin-default-url";
const FACTS = new Set<string>(["no-proxy", "admin-default-url"]);

export type Test = { setting: string; is: Predicate; value?: Val } | { fact: Fact };

export interface Fix {
  /** Python source of the secure value. */
  value?: string;
  /** Read from the environment: a bool with `value` as default, or a required list / string. */
  env?: "bool" | "list" | "str";
  var?: string;
  /** Exactly this line. */
  line?: string;
}

export interface Check {
  id: string;
  django?: string;
  setting: string;
  severity: Severity;
  message: string;
  when: Test[];
  since?: Version;
  until?: Version;
  fix?: Fix;
  /** `leakproof django --fix` may add the fix line when the setting is missing (never changes a set value). */
  autofix: boolean;
  steps: string[];
}

export interface Default {
  setting: string;
  value: Val;
  since?: Version;
  until?: Version;
}

export interface CheckData {
  checks: Check[];
  defaults: Default[];
}

const SEVERITIES = new Set(["critical", "high", "medium", "low"]);

/** Reads and validates the data file; a mistake in it names the file and the check. */
export function loadChecks(file: string = CHECKS_FILE): CheckData {
  const text = readFileSync(file, "utf8");
  const doc = parseToml(text, file) as { checks?: unknown; defaults?: unknown };
  const bad = (what: string): never => {
    throw new RuleError(file, undefined, what);
  };
  const version = (v: unknown, where: string) =>
    v === undefined
      ? undefined
      : ((typeof v === "string" || typeof v === "number" ? parseVersion(String(v)) : undefined) ??
        bad(`${where}: bad version ${JSON.stringify(v)}`));
  const checks = ((doc.checks ?? []) as Array<Record<string, unknown>>).map((c): Check => {
    const id = typeof c.id === "string" ? c.id : bad("a check without an id");
    if (typeof c.setting !== "string") bad(`${id}: no setting`);
    if (typeof c.message !== "string") bad(`${id}: no message`);
    if (!SEVERITIES.has(String(c.severity))) bad(`${id}: severity must be critical, high, medium or low`);
    if (!Array.isArray(c.when) || c.when.length === 0) bad(`${id}: when must list at least one test`);
    const when = (c.when as Array<Record<string, unknown>>).map((t): Test => {
      if (t.fact !== undefined)
        return typeof t.fact === "string" && FACTS.has(t.fact)
          ? { fact: t.fact as Fact }
          : bad(`${id}: unknown fact ${JSON.stringify(t.fact)}`);
      if (typeof t.setting !== "string" || !PREDICATES.has(String(t.is)))
        bad(`${id}: a test needs a setting and a known "is"`);
      return {
        setting: t.setting as string,
        is: t.is as Predicate,
        ...(t.value !== undefined
          ? { value: evalLiteral(typeof t.value === "string" ? t.value : JSON.stringify(t.value)) }
          : {}),
      };
    });
    const fix = c.fix as Fix | undefined;
    if (fix?.value !== undefined) evalLiteral(fix.value); // refuses a value that is not Python
    if (c.autofix === true && (fix?.value === undefined || fix.env !== undefined))
      bad(`${id}: autofix is for constant values only (a line reading the environment needs imports and a decision)`);
    return {
      id,
      ...(typeof c.django === "string" ? { django: c.django } : {}),
      setting: c.setting as string,
      severity: c.severity as Severity,
      message: c.message as string,
      when,
      ...(c.since !== undefined ? { since: version(c.since, id)! } : {}),
      ...(c.until !== undefined ? { until: version(c.until, id)! } : {}),
      ...(fix ? { fix } : {}),
      autofix: c.autofix === true,
      steps: Array.isArray(c.steps) ? c.steps.map(String) : [],
    };
  });
  const defaults = ((doc.defaults ?? []) as Array<Record<string, unknown>>).map((d): Default => ({
    setting: String(d.setting),
    value: evalLiteral(String(d.value)),
    ...(d.since !== undefined ? { since: version(d.since, String(d.setting))! } : {}),
    ...(d.until !== undefined ? { until: version(d.until, String(d.setting))! } : {}),
  }));
  return { checks, defaults };
}

/** A setting as production sees it: set somewhere (with where), or Django's default. */
export interface SettingValue {
  name: string;
  value: Val;
  binding?: Binding;
}

export interface Outcome {
  check: Check;
  /** reported: every test holds; undecidable: none fails but some cannot be known. */
  status: "reported" | "undecidable";
  /** The checked setting (where the finding points). */
  subject: SettingValue;
  /** The values the decision rests on (their environment dependencies say "unless X is set"). */
  basis: SettingValue[];
  /** Why it could not be decided. */
  why?: string;
}

export interface Context {
  get(name: string): SettingValue;
  facts: ReadonlySet<Fact>;
  version: Version | undefined;
}

/** Decides every check that applies to the project's Django version. */
export function decide(data: CheckData, ctx: Context): Outcome[] {
  const out: Outcome[] = [];
  for (const check of data.checks) {
    if (ctx.version && !inRange(ctx.version, check.since, check.until)) continue;
    if (!ctx.version && check.until) continue; // unpinned: judge as the current Django does
    let result: boolean | undefined = true;
    let why: string | undefined;
    const basis: SettingValue[] = [];
    for (const test of check.when) {
      if ("fact" in test) {
        if (!ctx.facts.has(test.fact)) result = false;
        continue;
      }
      const s = ctx.get(test.setting);
      // A value the deployment must set (read without a default) is the deployment's to get right.
      const r = s.value.t === "unknown" && s.value.required && isOnlyRequired(s.value) ? false : holds(test, s.value);
      if (r === false) {
        result = false;
        break;
      }
      basis.push(s);
      if (r === undefined) {
        result = undefined;
        why ??= `${test.setting} ${s.value.t === "unknown" ? s.value.why : "cannot be judged"}`;
      }
    }
    if (result === false) continue;
    const subject = ctx.get(check.setting);
    out.push({
      check,
      status: result === true ? "reported" : "undecidable",
      subject,
      basis,
      ...(why ? { why } : {}),
    });
  }
  return out;
}

/** Unknown because it comes from an environment variable read without a default (`os.environ["X"].split(",")`). */
function isOnlyRequired(v: Val): boolean {
  return v.t === "unknown" && (v.required?.length ?? 0) > 0;
}

/** Django's own condition for one test, in three values. */
export function holds(test: { is: Predicate; value?: Val }, v: Val): boolean | undefined {
  const t = truthy(v);
  const not = (b: boolean | undefined) => (b === undefined ? undefined : !b);
  const isTrue = v.t === "unknown" ? undefined : v.t === "bool" && v.v;
  switch (test.is) {
    case "truthy":
      return t;
    case "falsy":
      return not(t);
    case "is-true":
      return isTrue;
    case "not-true":
      return not(isTrue);
    case "none":
      return v.t === "unknown" ? undefined : v.t === "none";
    case "not-none":
      return v.t === "unknown" ? undefined : v.t !== "none";
    case "equals":
      return equal(v, test.value!);
    case "not-equals":
      return not(equal(v, test.value!));
    case "contains":
      return contains(v, test.value!);
    case "not-contains":
      return not(contains(v, test.value!));
    case "not-in":
      return not(contains(test.value!, v));
    case "weak-key":
      return weakKey(v);
    case "any-weak-key": {
      if (v.t === "unknown") return undefined;
      const items = itemsOf(v);
      if (!items) return undefined;
      let maybe = false;
      for (const k of items) {
        const w = weakKey(k);
        if (w === true) return true;
        if (w === undefined) maybe = true;
      }
      return maybe ? undefined : false;
    }
    case "invalid-policy": {
      // A comma-separated string or an iterable of values, each one of the valid values.
      if (v.t === "none") return false;
      const values =
        v.t === "str" ? v.v.split(",").map((s) => ({ t: "str" as const, v: s.trim() })) : (itemsOf(v) ?? undefined);
      if (!values) return undefined;
      let maybe = false;
      for (const x of values) {
        const c = contains(test.value!, x);
        if (c === false) return true;
        if (c === undefined) maybe = true;
      }
      return maybe ? undefined : false;
    }
  }
}

/** security.W009: fewer than 50 characters, fewer than 5 unique, or startproject's django-insecure- prefix. */
function weakKey(v: Val): boolean | undefined {
  if (v.t === "unknown") return undefined;
  if (v.t !== "str") return v.t === "none" ? true : undefined;
  const chars = [...v.v];
  return chars.length < 50 || new Set(chars).size < 5 || v.v.startsWith("django-insecure-");
}

/** Django's default for a setting at a version (the newest when the version is unknown). */
export function defaultFor(data: CheckData, name: string, version: Version | undefined): Val | undefined {
  const candidates = data.defaults.filter((d) => d.setting === name);
  const hit = version
    ? candidates.find((d) => inRange(version, d.since, d.until))
    : candidates.find((d) => d.until === undefined);
  return hit ? withDeps(hit.value) : undefined;
}
