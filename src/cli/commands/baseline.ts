// leakproof baseline [PATH...]: accept what a scan of the working tree finds today, so only new
// findings are reported (scans then take --baseline FILE). Same as `leakproof dir --write-baseline`.
import type { Options } from "../main.js";
import { findRoot } from "../root.js";
import { join } from "node:path";

export const DEFAULT_BASELINE = ".leakproof-baseline.json";

export async function run(opts: Options): Promise<number> {
  const root = findRoot(process.cwd()) ?? process.cwd();
  opts.values["write-baseline"] ??= opts.values.output ?? join(root, DEFAULT_BASELINE);
  return (await import("./dir.js")).run(opts);
}
