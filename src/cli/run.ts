// argv → options → one command → exit code. Commands are imported only once known, so the
// hook path loads nothing it does not use. The daemon (daemon/server.ts) runs the same, with
// the hook's command already loaded.
import { EXIT, UsageError } from "./errors.js";
import { COMMANDS, HELP, commandHelp } from "./help.js";
import { parseOptions } from "./options.js";
import { closest } from "./suggest.js";

const KNOWN = Object.keys(COMMANDS);

export type StagedModule = typeof import("./commands/staged.js");

/** `staged`: how this process gets the hook's command (main.ts: its own bundle, through the code cache). */
export async function runCli(argv: string[], staged: () => Promise<StagedModule>): Promise<number> {
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
  if (command === "staged") return (await staged()).run(opts);
  return (await import("./dispatch.js")).runCommand(command, opts);
}
