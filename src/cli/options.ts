// The command line's options: one table for every command (each command reads the ones it uses).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";

const COMMON = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "no-redact": { type: "boolean" },
  repo: { type: "string", short: "C" },
  baseline: { type: "string", short: "b" },
  "write-baseline": { type: "string" },
  since: { type: "string" },
  yes: { type: "boolean", short: "y" },
  "dry-run": { type: "boolean", short: "n" },
  staged: { type: "boolean" },
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

export function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: COMMON, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
