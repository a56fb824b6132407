// One Reporter interface; one file per format (text.ts, json.ts, sarif.ts, github.ts).
import type { Finding, Rule } from "../types.js";

export interface ReportContext {
  /** Every rule that was active, by id (for SARIF rule metadata and help text). */
  rules: ReadonlyMap<string, Rule>;
  toolVersion: string;
  /** Colour output (text format on a TTY). */
  color: boolean;
  /** Notes about the scan itself (skipped files, shallow history), for formats that carry them. */
  notes: string[];
  /** Which scan made the report (the staged report ends with the one `leakproof fix` command). */
  scan?: "staged" | "dir" | "history" | "django";
  /** The command a staged report ends with, worded for where it runs (cli/hint.ts); default `leakproof fix --staged`. */
  fixHint?: string;
}

/** Findings arrive already masked (unless --no-redact) and sorted by file, line, column. */
export type Reporter = (findings: readonly Finding[], ctx: ReportContext) => string;
