// The vocabulary shared by every stage: source → Fragment → detector → Finding → reporter.

/** A run of text from one file, with where it starts. Sources yield these; nothing else. */
export interface Fragment {
  /** POSIX path, relative to the repository root (or to the cwd for `dir`). */
  path: string;
  /** The text: a whole file, or a hunk of added lines (joined with "\n"). */
  text: string;
  /** 1-based line number of the first line of `text` in the file. */
  startLine: number;
  /** Full commit SHA, for history scans. */
  commit?: string;
  author?: string;
  date?: string;
  /**
   * Set when `text` is a run of added lines (`from`..`to`, 1-based in the file) with unchanged
   * lines around it, for multi-line rules (a PEM body changed in place): only findings whose
   * secret lies on one of its lines count; with `runReported` (the run was also scanned alone)
   * only those whose match needed the lines around it.
   */
  context?: {
    from: number;
    to: number;
    runReported?: boolean;
    /**
     * Offsets into `text` outside which no keyword can matter: no rule's window from there reaches
     * the run (src/detect/contextspan.ts). The text around still tells a rule's context (`from
     * flask`) and whether a value sits in a Python docstring. Unset: all of the text.
     */
    keywordsIn?: [number, number];
  };
}

export type Severity = "critical" | "high" | "medium" | "low";

/** Where a finding sits when that is not the project's code or configuration proper (src/detect/scope.ts). */
export type Scope = "test" | "docs" | "example";

/** The weakness checks a rule can name (see remedy/weakness.ts). */
export const WEAKNESS_CHECKS = ["django-secret-key"] as const;
export type WeaknessCheck = (typeof WEAKNESS_CHECKS)[number];

/** Shannon-entropy minimum: one number, or one per character set of the secret. */
export interface EntropyRule {
  hex?: number;
  base64?: number;
  any: number;
}

export interface Allowlist {
  /** Matched against the secret value. */
  regexes: RegExp[];
  /** Matched against the whole matched text (the assignment, not only the value). */
  matchRegexes: RegExp[];
  /** Matched against the file path. */
  paths: RegExp[];
  /** A secret containing one of these (lowercased) is ignored. */
  stopwords: string[];
  /** Matched against the `name` group (the variable or key the value is assigned to). */
  names: RegExp[];
}

/** A compiled, validated rule. Rules are data in patterns/*.toml; see src/rules/schema.ts. */
export interface Rule {
  id: string;
  description: string;
  /** One or more regexes, compiled with the `d` flag (group indices) plus the rule's flags. */
  regexes: RegExp[];
  /** Which group holds the secret: this number, else the group named `secret`, else 1, else the whole match. */
  secretGroup?: number;
  /** Lowercased keywords; the rule runs only on lines where one of them occurs. Empty: every line. */
  keywords: string[];
  entropy?: EntropyRule;
  /** Minimum / maximum secret length. */
  minLength: number;
  maxLength: number;
  /** Only files whose path matches one of these (empty: all files). */
  paths: RegExp[];
  /**
   * Files recognised by their path (config/master.key, .pgpass, id_rsa): the rule reads the
   * first `reach` characters of every such file, with no keyword needed. Empty: a keyword rule.
   */
  files: RegExp[];
  allowlist: Allowlist;
  severity: Severity;
  /** Higher wins when two rules report overlapping text. */
  priority: number;
  /** The match may span lines (private keys); the regex then runs over a window of the fragment. */
  multiline: boolean;
  /** For multi-line rules: how many characters past the keyword the regex may read (default 16384). */
  reach: number;
  /** Skip values that look like placeholders or references (`changeme`, `${X}`, `<token>`…). */
  skipPlaceholders: boolean;
  /** In source code a secret is a string literal: an unquoted match there is a reference, not a value. */
  literalInCode: boolean;
  /**
   * A value under the entropy bar still counts when it has the shape of a password a person chose
   * (src/detect/entropy.ts chosenPassword): `Shop2023!` is far from random, and a real leak.
   */
  chosenPasswords: boolean;
  /**
   * Where the rule applies at all: a fragment whose path matches one of `paths` or whose text matches
   * one of `text` (a framework's rule needs that framework's file: `from flask`, a settings module).
   */
  context?: { paths: RegExp[]; text: RegExp[] };
  /** Why it matters, one line. */
  why: string;
  /** Suggested environment variable name for the remedy (e.g. DJANGO_SECRET_KEY). */
  envVar?: string;
  /**
   * Where the remedy's variable name comes from: "rule" (default), envVar; "name", the name the
   * value is assigned to (UPPER_SNAKE_CASE), envVar only when there is none (generic rules).
   */
  envVarFrom: "rule" | "name";
  /** Variables for values assigned to particular names (UPPER_SNAKE_CASE), before envVar/envVarFrom. */
  envVarByName?: Record<string, string>;
  /** A check of how weak the secret is, whose notes go on the finding. */
  weakness?: WeaknessCheck;
  /** Extra remedy advice (where to rotate, how). */
  rotate?: string;
  /** A leakproof command that makes a new value (e.g. `leakproof rotate django`); leaked values point to it. */
  rotateCommand?: string;
  /** Where the rule came from (file path), for error messages. */
  source: string;
  examples: { match: string[]; nomatch: string[] };
}

/** The rules in force, and what no rule reports. */
export interface RuleSet {
  rules: Rule[];
  /**
   * Values that are not secrets: references (`${X}`, `os.environ[…]`), template slots and
   * placeholders (`changeme`, `<token>`), from patterns/placeholders.toml and a config's
   * [allowlist]. Skipped by every rule with skipPlaceholders; its paths by every rule.
   */
  placeholders: Allowlist;
}

/** A file a source did not scan, and why (reported as a note, never skipped silently). */
export interface Skip {
  path: string;
  reason: "binary" | "too-large" | "symlink" | "unreadable";
  detail?: string;
}

export interface Finding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The full secret; reporters mask it unless --no-redact. */
  secret: string;
  /** The full text of the line the secret starts on (bounded), for remedies and allow comments. */
  lineText: string;
  /** The name the secret was assigned to, when the rule captures one. */
  name?: string;
  fingerprint: string;
  severity: Severity;
  message: string;
  /** The replacement line that reads the secret from the environment. */
  remediation?: string;
  /** The other steps of the fix: imports, where the value goes, rotation. */
  fixSteps?: string[];
  /** Weakness notes, e.g. Django's security.W009 reasons. */
  notes: string[];
  /** Set when the value sits in a test, documentation or example (one severity lower than the rule's). */
  scope?: Scope;
  /** Same rule and value, wherever it is (the fingerprint also has the path): groups repeats of one test key. */
  valueFingerprint?: string;

  /**
   * History scans: where the secret still is in HEAD's tree (any file, so a move still counts);
   * empty when it is gone from HEAD (it leaked all the same); undefined when not known.
   */
  atHead?: string[];
  commit?: string;
  author?: string;
  date?: string;
}

/**
 * The part of a file's text around a changed run where the rules' keywords could matter to it:
 * given the whole lines of the widest context ([fullStart, fullEnd)) and the run ([start, end)),
 * the whole lines holding the run where a keyword can matter, or undefined when no multi-line
 * rule's window reaches into it (the run's own keywords then suffice). Offsets into `text`.
 * Made by src/detect/contextspan.ts, used by src/git/context.ts.
 */
export type ContextSpan = (
  path: string,
  text: string,
  full: readonly [number, number],
  run: readonly [number, number],
) => [number, number] | undefined;
