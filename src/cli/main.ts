#!/usr/bin/env node
// argv → options → one command → exit code. Commands are imported only once known, so the
// hook path loads nothing it does not use.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT, UsageError, reportError } from "./errors.js";
import { HELP } from "./messages.js";

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
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const satisfies ParseArgsConfig["options"];

export type Options = ReturnType<typeof parseOptions>;

/** One report a scan writes: a format, to a file or (no output, or "-") to stdout. */
export interface ReportRequest {
  format: string;
  output?: string;
}

function parseOptions(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: COMMON, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
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
    throw new UsageError("only one report can go to stdout: give the others --output FILE (in the order of their --format)");
  return reports;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(HELP);
    return command === undefined ? EXIT.error : EXIT.clean;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    const { version } = await import("./version.js");
    process.stdout.write(`leakproof ${version()}\n`);
    return EXIT.clean;
  }
  const opts = parseOptions(rest);
  if (opts.values.help) {
    process.stdout.write(HELP);
    return EXIT.clean;
  }
  if (opts.values.repo) {
    try {
      process.chdir(opts.values.repo);
    } catch {
      throw new UsageError(`cannot use --repo ${opts.values.repo}: no such directory`);
    }
  }
  switch (command) {
    case "dir":
      return (await import("./commands/dir.js")).run(opts);
    case "staged":
      return (await import("./commands/staged.js")).run(opts);
    case "history":
      return (await import("./commands/history.js")).run(opts);
    case "pre-push":
      return (await import("./commands/prepush.js")).run(opts);
    case "install":
      return (await import("./commands/install.js")).run(opts);
    case "uninstall":
      return (await import("./commands/uninstall.js")).run(opts);
    case "fix":
      return (await import("./commands/fix.js")).run(opts);
    case "rotate":
      return (await import("./commands/rotate.js")).run(opts);
    case "baseline":
      return (await import("./commands/baseline.js")).run(opts);
    default:
      throw new UsageError(`unknown command "${command}" (try leakproof --help)`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e);
  },
);
