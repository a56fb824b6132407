// The command line's options: one table for every command (each command reads the ones it uses).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";
import { COMMANDS } from "./help.js";
import { closest } from "./suggest.js";

const COMMON = {
  format: { type: "string", short: "f", multiple: true },
  output: { type: "string", short: "o", multiple: true },
  config: { type: "string", short: "c" },
  "no-redact": { type: "boolean" },
  repo: { type: "string", short: "C" },
  baseline: { type: "string", short: "b" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  history: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
  "dry-run": { type: "boolean", short: "n" },
  staged: { type: "boolean" },
  "pre-push": { type: "boolean" },
  "no-ignore": { type: "boolean" },
  "max-file-size": { type: "string" },
  "exclude-tests": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  settings: { type: "string", multiple: true },
  "all-settings": { type: "boolean" },
  fix: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const satisfies ParseArgsConfig["options"];

export type Options = ReturnType<typeof parseOptions>;

/** One report a scan writes: a format, to a file or (no output, or "-") to stdout. */
export interface ReportRequest {
  format: string;
  output?: string;
}

export function parseOptions(args: string[], command?: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: COMMON, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseError(e as Error & { code?: string }, command));
  }
  const { format = [], output = [] } = parsed.values;
  return {
    positionals: parsed.positionals,
    // The first --format / --output, for everything that reads one; `reports` has them all, paired in order.
    values: { ...parsed.values, format: format[0], output: output[0] === "-" ? undefined : output[0] },
    reports: reportRequests(format, output),
  };
}

/**
 * --format and --output may repeat (one scan, several reports: a CI job's log and its SARIF file):
 * the n-th --output belongs to the n-th --format, and "-" is stdout. At most one report goes to stdout.
 */
export function reportRequests(formats: readonly string[], outputs: readonly string[]): ReportRequest[] {
  if (outputs.length > Math.max(1, formats.length))
    throw new UsageError(`${outputs.length} --output but ${formats.length} --format: give each --output its --format`);
  const n = Math.max(1, formats.length);
  const reports: ReportRequest[] = [];
  for (let i = 0; i < n; i++) {
    const out = outputs[i];
    reports.push({ format: formats[i] ?? "text", ...(out !== undefined && out !== "-" ? { output: out } : {}) });
  }
  if (reports.filter((r) => r.output === undefined).length > 1)
    throw new UsageError(
      "only one report can go to stdout: give the others --output FILE (in the order of their --format)",
    );
  return reports;
}

/** Node's parser messages, said plainly: what was wrong, the nearest option, where the list is. */
export function parseError(e: Error & { code?: string }, command?: string): string {
  const where = command && COMMANDS[command] ? `leakproof ${command} --help` : "leakproof --help";
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown) {
    const given = unknown[1]!;
    const name = given.replace(/^--?/, "").split("=")[0]!;
    const own = command ? COMMANDS[command]?.options : undefined;
    const guess = closest(name, own ?? Object.keys(COMMON)) ?? closest(name, Object.keys(COMMON));
    return `unknown option ${given}${guess ? `; did you mean --${guess}?` : ""} (${where} lists the options)`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(e.message);
  if (missing) return `${missing[1]} needs a value (${where})`;
  const noArg = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(e.message);
  if (noArg) return `${noArg[1]} takes no value (${where})`;
  return `${e.message.replace(/\.$/, "")} (${where})`;
}
