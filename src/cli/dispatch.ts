// The commands but `staged` (which main.ts loads on its own, so the pre-commit hook does not load
// these): each imported once known. A bundle of its own in dist/ (dist/cli/commands.js).
import { UsageError } from "./errors.js";
import type { Options } from "./options.js";

export async function runCommand(command: string, opts: Options): Promise<number> {
  switch (command) {
    case "dir":
      return (await import("./commands/dir.js")).run(opts);
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
    case "django":
      return (await import("./commands/django.js")).run(opts);
    case "rotate":
      return (await import("./commands/rotate.js")).run(opts);
    case "baseline":
      return (await import("./commands/baseline.js")).run(opts);
    default:
      throw new UsageError(`unknown command "${command}" (leakproof --help lists the commands)`);
  }
}
