// leakproof fix: not built yet (see the open issues).
import { UsageError } from "../errors.js";
import type { Options } from "../main.js";

export async function run(_opts: Options): Promise<number> {
  throw new UsageError('"leakproof fix" is not available in this version yet');
}
