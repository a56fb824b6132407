// The name policy: which environment variable a secret moves to. The rule says (chooseEnvVar: its
// envVar, DJANGO_SECRET_KEY, STRIPE_SECRET_KEY…, or the assigned name), unless the project already
// reads that name for something else (envReads, NameBook); then NAME_2, NAME_3… A hardcoded
// fallback's name (os.getenv("X", "…")) is forced: rewrite.ts finds it, NameBook keeps it.
import type { Finding, Rule } from "../types.js";
import { kindOf } from "../detect/filekind.js";
import { groupBy } from "../lists.js";

/**
 * The variable a secret moves to, from the rule's fields: a name it maps (envVarByName), else the
 * rule's envVar, or (envVarFrom = "name") the name the value is assigned to, in UPPER_SNAKE_CASE.
 */
export function chooseEnvVar(f: Finding, rule: Rule | undefined): string {
  const fromName = f.name ? upperSnake(f.name) : undefined;
  const mapped = fromName !== undefined ? rule?.envVarByName?.[fromName] : undefined;
  if (mapped !== undefined) return mapped;
  if (rule?.envVar && (rule.envVarFrom !== "name" || !fromName)) return rule.envVar;
  return fromName ?? rule?.envVar ?? "SECRET";
}

export function upperSnake(name: string): string {
  const last =
    name
      .replace(/["'[\]]/g, "")
      .split(/[.:]/)
      .filter(Boolean)
      .pop() ?? name;
  return (
    last
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .toUpperCase() || "SECRET"
  );
}

export interface EnvRead {
  name: string;
  file: string;
  /** 1-based. */
  line: number;
  /** What the read is assigned to (UPPER_SNAKE), when the line says: `SECRET_KEY = os.environ["X"]` → SECRET_KEY. */
  target?: string;
}

const CODE_READS: RegExp[] = [
  /os\.environ\[\s*["']([A-Za-z_]\w*)["']\s*\]/g,
  /(?:os\.environ\.get|os\.environ\.setdefault|os\.getenv|environ\.get|getenv|os\.Getenv|os\.LookupEnv|System\.getenv|GetEnvironmentVariable|ENV\.fetch)\(\s*["']([A-Za-z_]\w*)["']/g,
  /(?<![\w.])(?:env(?:\.\w+)?|config)\(\s*["']([A-Z_][A-Z0-9_]*)["']/g,
  /process\.env\.([A-Za-z_]\w*)/g,
  /(?:process\.env|ENV|\$_ENV|\$_SERVER)\[\s*["']([A-Za-z_]\w*)["']\s*\]/g,
  /import\.meta\.env\.([A-Za-z_]\w*)/g,
];
const CONFIG_READS: RegExp[] = [
  /\$\{([A-Za-z_]\w*)(?:[:?+=-][^}\n]*)?\}/g,
  /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_]\w*)\s*\}\}/g,
];
/** Cheap prefilter: a line without any of these reads nothing. */
const MARKERS = /environ|getenv|Getenv|LookupEnv|GetEnvironmentVariable|ENV|env|config|\$\{/;

/** Every environment read in a file. */
export function envReads(file: string, text: string): EnvRead[] {
  const kind = kindOf(file);
  if (kind === "other" || kind === "dotenv") return [];
  const patterns =
    kind === "compose" || kind === "yaml" || kind === "github-actions" || kind === "shell" || kind === "dockerfile"
      ? CONFIG_READS
      : CODE_READS;
  const reads: EnvRead[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MARKERS.test(line)) continue;
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const target = assignedName(line, m.index);
        reads.push(target ? { name: m[1]!, file, line: i + 1, target } : { name: m[1]!, file, line: i + 1 });
      }
    }
  }
  return reads;
}

/** What the expression at `at` is assigned to: the name before the last `=`, `:` or `=>` ahead of it. */
export function assignedName(line: string, at: number): string | undefined {
  const head = line.slice(0, at);
  const m =
    /([A-Za-z_$][\w$.-]*)["'`]?\]?[ \t]*(?::[ \t]*[\w[\]]+[ \t]*)?(?:=|:|=>)[ \t]*(?:[\w.]+\([ \t]*)?(?:[rbuRBUfF@]{0,2}["'`])?$/.exec(
      head,
    );
  if (!m) return undefined;
  const name = upperSnake(m[1]!);
  return name === "SECRET" && !/secret/i.test(m[1]!) ? undefined : name;
}

export interface Choice {
  name: string;
  /** The value is already there under this name: nothing to add. */
  present: boolean;
}

/** The names taken so far: in .env files, read by the project, chosen by this fix. */
export class NameBook {
  /** envFile → name → value: what .env files hold and what this fix adds. */
  private readonly values = new Map<string, Map<string, string>>();
  /** envFile → the names it held before this fix. */
  private readonly original = new Map<string, Set<string>>();
  private readonly readsByName: Map<string, EnvRead[]>;

  constructor(reads: readonly EnvRead[], envFiles: ReadonlyMap<string, ReadonlyMap<string, string>>) {
    this.readsByName = groupBy(reads, (r) => r.name);
    for (const [file, vars] of envFiles) {
      this.values.set(file, new Map(vars));
      this.original.set(file, new Set(vars.keys()));
    }
  }

  /**
   * A name for `value` in `envFile`. `forced`: the code already reads this name (a fallback), so
   * it is the name. Otherwise `base`, or base_2, base_3… when the project reads base for something
   * other than `target`, or this fix gave base to another value. A different value already in the
   * .env file under the name is a conflict (returned as a message): it is never overwritten.
   */
  choose(
    envFile: string,
    base: string,
    value: string,
    forced: boolean,
    target: string | undefined,
  ): Choice | { conflict: string } {
    const vars = this.vars(envFile);
    const candidates = forced ? [base] : [base, ...Array.from({ length: 8 }, (_, i) => `${base}_${i + 2}`)];
    for (const name of candidates) {
      const held = vars.get(name);
      if (held === value) return { name, present: true };
      if (held !== undefined) {
        if (this.original.get(envFile)?.has(name)) {
          return {
            conflict: `${name} is already set in ${envFile} to a different value; leakproof fix never overwrites it`,
          };
        }
        if (forced) return { conflict: `two different values are both read as ${name}` };
        continue;
      }
      if (!forced && this.readElsewhere(name, target)) continue;
      vars.set(name, value);
      return { name, present: false };
    }
    return { conflict: `no free name like ${base} in ${envFile}` };
  }

  private vars(envFile: string): Map<string, string> {
    let v = this.values.get(envFile);
    if (!v) this.values.set(envFile, (v = new Map()));
    return v;
  }

  /** The project reads `name` somewhere, for something other than `target`. */
  private readElsewhere(name: string, target: string | undefined): boolean {
    const reads = this.readsByName.get(name) ?? [];
    return reads.some((r) => target === undefined || r.target !== target);
  }
}
