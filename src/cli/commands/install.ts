// leakproof install [--pre-push]: add the pre-commit and pre-merge-commit hooks, and pre-push when
// asked (each chained to any hook already there; into .husky/<hook> with husky).
import { install } from "../../hooks/install.js";
import { currentCli } from "../../hooks/script.js";
import { EXIT, UsageError } from "../errors.js";
import type { Options } from "../options.js";

export function run(opts: Options): number {
  if (opts.positionals.length > 0)
    throw new UsageError(
      `install takes no arguments (got ${opts.positionals.join(" ")}); use -C DIR for another repository`,
    );
  // GitError and HookError are user-facing errors: exit 2 with their message.
  const lines = install(process.cwd(), currentCli(), { prePush: opts.values["pre-push"] ?? false });
  if (!opts.values.quiet) for (const l of lines) process.stdout.write(`leakproof: ${l}\n`);
  return EXIT.clean;
}
