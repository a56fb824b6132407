#!/usr/bin/env node
// argv → options → one command → exit code. Commands are imported only once known, so the
// hook path loads nothing it does not use.
import { createRequire } from "node:module";
import { join } from "node:path";
import { requireCached } from "./codecache.js";
import { EXIT, UsageError, reportError } from "./errors.js";
import { COMMANDS, HELP, commandHelp } from "./help.js";
import { parseOptions } from "./options.js";
import { closest } from "./suggest.js";
import { isShort, startShort } from "./tiering.js";

const KNOWN = Object.keys(COMMANDS);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    const about = command === "help" && rest[0] ? commandHelp(rest[0]) : undefined;
    process.stdout.write(about ?? HELP);
    return command === undefined ? EXIT.error : EXIT.clean;
  }
  if (command === "--version" || command === "-V" || command === "version") {
    const { version } = await import("./version.js");
    process.stdout.write(`leakproof ${version()}\n`);
    return EXIT.clean;
  }
  if (!KNOWN.includes(command)) {
    const guess = closest(command, KNOWN);
    throw new UsageError(
      `unknown command "${command}"${guess ? `; did you mean ${guess}?` : ""} (leakproof --help lists the commands)`,
    );
  }
  const opts = parseOptions(rest, command);
  if (opts.values.help) {
    process.stdout.write(commandHelp(command) ?? HELP);
    return EXIT.clean;
  }
  if (opts.values.repo) {
    try {
      process.chdir(opts.values.repo);
    } catch {
      throw new UsageError(`cannot use --repo ${opts.values.repo}: no such directory`);
    }
  }
  // The hook's command is a bundle of its own (dist/cli/staged.js): every commit loads only its code.
  if (command === "staged") return (await stagedCommand()).run(opts);
  return (await import("./dispatch.js")).runCommand(command, opts);
}

/**
 * The hook's bundle: built (this file is dist/cli/main.js, CommonJS), through V8's code cache and
 * compiled with the hook's compiler settings (tiering.ts), which the cache must have been made
 * under; from source (ESM: no __dirname), imported.
 */
async function stagedCommand(): Promise<typeof import("./commands/staged.js")> {
  if (typeof __dirname !== "string") return import("./commands/staged.js");
  // Loaded before the compiler settings change: Node's own code cache for its modules is stamped
  // with V8's flags too, so after the change the hook's git module would be compiled again (~4 ms).
  createRequire(import.meta.url)("node:child_process");
  startShort();
  return requireCached(join(__dirname, "staged.js"), isShort) as typeof import("./commands/staged.js");
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e);
  },
);
