// leakproof baseline [PATH...] [--history]: accept what a scan finds today, so only new findings
// are reported. Writes .leakproof-baseline.json at the repository root (or --output FILE), which
// staged, dir, history and the hooks then read without being told (or name it in .leakproof.toml:
// baseline = "…"). --history accepts what every commit added too, for `leakproof history`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { baselinePath, formatEntries, readBaseline } from "../../baseline/baseline.js";
import { EXIT } from "../errors.js";
import { writeOutput } from "../output.js";
import type { Options } from "../options.js";

export async function run(opts: Options): Promise<number> {
  const file = opts.values.output ?? opts.values["write-baseline"] ?? baselinePath(process.cwd());
  const quiet = opts.values.quiet ?? false;
  const tmp = mkdtempSync(join(tmpdir(), "leakproof-baseline-"));
  try {
    const parts = [join(tmp, "dir.json")];
    const sub = (write: string, positionals: string[]): Options => ({
      ...opts,
      positionals,
      values: { ...opts.values, "write-baseline": write, output: undefined, quiet: true },
    });
    let code = await (await import("./dir.js")).run(sub(parts[0]!, opts.positionals));
    if (code !== EXIT.clean) return code;
    if (opts.values.history) {
      parts.push(join(tmp, "history.json"));
      code = await (await import("./history.js")).run(sub(parts[1]!, []));
      if (code !== EXIT.clean) return code;
    }
    const entries = parts.flatMap((p) => readBaseline(p).entries);
    writeOutput("the baseline", file, formatEntries(entries));
    const n = new Set(entries.map((e) => e.fingerprint)).size;
    if (!quiet) {
      const shown = relative(process.cwd(), file) || file;
      const what = opts.values.history ? "the working tree and every commit" : "the working tree";
      const read =
        file === baselinePath(process.cwd())
          ? "staged, dir, history and the hooks read it from there without flags"
          : `scans read it with --baseline ${shown}, or name it in .leakproof.toml (baseline = "${shown}")`;
      process.stderr.write(
        `leakproof: wrote ${n} accepted finding${n === 1 ? "" : "s"} from ${what} to ${shown}; ${read}. Commit it so everyone's hook accepts the same.\n`,
      );
      if (!opts.values.history)
        process.stderr.write("leakproof: secrets only in older commits are not in it: leakproof baseline --history\n");
    }
    return EXIT.clean;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
