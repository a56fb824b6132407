// leakproof uninstall: remove the hooks and put back exactly what install replaced.
import { uninstall } from "../../hooks/install.js";
import { EXIT, UsageError } from "../errors.js";
import type { Options } from "../options.js";

export function run(opts: Options): number {
  if (opts.positionals.length > 0)
    throw new UsageError(
      `uninstall takes no arguments (got ${opts.positionals.join(" ")}); use -C DIR for another repository`,
    );
  const lines = uninstall(process.cwd());
  if (!opts.values.quiet) for (const l of lines) process.stdout.write(`leakproof: ${l}\n`);
  return EXIT.clean;
}
