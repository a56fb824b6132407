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
}

export type Severity = "critical" | "high" | "medium" | "low";

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
  /** Why it matters, one line. */
  why: string;
  /** Suggested environment variable name for the remedy (e.g. DJANGO_SECRET_KEY). */
  envVar?: string;
  /** Extra remedy advice (where to rotate, how). */
  rotate?: string;
  /** Where the rule came from (file path), for error messages. */
  source: string;
  examples: { match: string[]; nomatch: string[] };
}

/** The rules in force: each with its own allowlist, and the allowlist that applies to all of them. */
export interface RuleSet {
  rules: Rule[];
  /** Applies to every rule. */
  allowlist: Allowlist;
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
  commit?: string;
  author?: string;
  date?: string;
}
