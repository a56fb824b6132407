// leakproof baseline [PATH...]: accept what a scan of the working tree finds today, so only new
// findings are reported (scans then take --baseline FILE). Same as `leakproof dir --write-baseline`.
import { join } from "node:path";
import { nearestRepoDir } from "../../git/repo.js";

export const DEFAULT_BASELINE = ".leakproof-baseline.json";

/** Where `leakproof baseline` writes by default: the repository root. */
export function baselinePath(): string {
  return join(nearestRepoDir(process.cwd()) ?? process.cwd(), DEFAULT_BASELINE);
}
