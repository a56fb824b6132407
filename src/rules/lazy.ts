// Rules from the build's pack (validated when the pack was made) are compiled when first used: a
// start reads only what every scan needs of every rule (id, keywords, the files it reads, priority,
// reach), so the hook's start does not grow with the rule count (~1,000 rules). The rest (regexes,
// allowlists, context, remedy fields) is compiled by compileRule the first time any of it is read,
// which for most rules on most commits is never.
import type { Rule, RuleSet } from "../types.js";
import { compileRule, regexList } from "./schema.js";

type Table = Record<string, unknown>;

/** Fields every compiled rule has, compiled on first read. */
const LAZY = [
  "description",
  "regexes",
  "minLength",
  "maxLength",
  "paths",
  "allowlist",
  "severity",
  "skipPlaceholders",
  "literalInCode",
  "chosenPasswords",
  "why",
  "envVarFrom",
  "examples",
] as const;
/** Fields a compiled rule has only when its table sets them (same name in the table). */
const OPTIONAL = [
  "secretGroup",
  "entropy",
  "context",
  "envVar",
  "envVarByName",
  "weakness",
  "rotate",
  "rotateCommand",
] as const;

const never = (msg: string): never => {
  throw new Error(msg);
};

/** How to read the whole table, and the file, of each rule not compiled yet. */
const pending = new WeakMap<object, { table: () => Table; file: string }>();

/**
 * The cheap fields are own properties from the start; the others are getters on the prototype
 * until the first read of any of them turns the rule into plain own data properties (the same
 * values compileRule gives; fields the table does not set become non-enumerable `undefined`, so
 * the rule looks like an eagerly compiled one to Object.keys, JSON and structured clone).
 */
class PackedRule {
  constructor(raw: Table, file: string, table: () => Table) {
    const self = this as unknown as Table;
    const keywords = raw.keywords as string[] | undefined;
    self.id = raw.id;
    self.keywords = keywords ? keywords.map((k) => k.toLowerCase()) : [];
    self.files = regexList(raw.files, "files", never);
    self.priority = raw.priority ?? 0;
    self.multiline = raw.multiline ?? false;
    self.reach = raw.reach ?? 16384;
    self.source = file;
    pending.set(this, { table, file });
  }
}

function compileNow(rule: object): void {
  const p = pending.get(rule);
  if (!p) return;
  pending.delete(rule);
  const full = compileRule(p.table(), p.file, "", true) as unknown as Table;
  for (const k of LAZY) own(rule, k, full[k], true);
  for (const k of OPTIONAL) own(rule, k, full[k], k in full);
}

function own(rule: object, k: string, value: unknown, enumerable: boolean): void {
  Object.defineProperty(rule, k, { value, writable: true, configurable: true, enumerable });
}

for (const k of [...LAZY, ...OPTIONAL])
  Object.defineProperty(PackedRule.prototype, k, {
    configurable: true,
    get(this: object) {
      compileNow(this);
      return Object.hasOwn(this, k) ? (this as Table)[k] : undefined;
    },
    set(this: object, v: unknown) {
      compileNow(this);
      own(this, k, v, true);
    },
  });

/**
 * A rule of the build's pack (validated then), made from its cheap fields (packfile.ts
 * CHEAP_FIELDS); `table` gives its whole table when it is first used.
 */
export function lazyRule(cheap: Table, file: string, table: () => Table): Rule {
  return new PackedRule(cheap, file, table) as unknown as Rule;
}

/** Compiles every rule still waiting: before the rules are copied whole (a worker thread's structured clone). */
export function compileAll(set: RuleSet): RuleSet {
  for (const r of set.rules) compileNow(r);
  return set;
}
