// Why `leakproof fix` stops (exit 2): what is wrong, and what to do about it. The command prints
// each problem as an error line and the advice after them; nothing more is written.
import { LeakproofError } from "../errors.js";

export class FixError extends LeakproofError {
  constructor(
    readonly problems: readonly string[],
    readonly advice?: string,
  ) {
    super(problems.join("; "));
  }
}

/** The plan has conflicts (a different value in .env, a tracked .env…): nothing is written. */
export function conflictsError(conflicts: readonly string[]): FixError {
  return new FixError(
    conflicts,
    "nothing was written. Resolve the above (e.g. use the .env value, or give the variable another name by hand), then run leakproof fix again.",
  );
}

/** A file changed after it was scanned, so the fix no longer is the one shown. */
export function notAsShownError(): FixError {
  return new FixError(["the fix is no longer the one shown; nothing was written. Run leakproof fix again."]);
}

/** A .env / .gitignore / .env.example changed between reading and writing it. */
export function auxChangedError(message: string): FixError {
  return new FixError([`${message} while fixing; no source file was touched`]);
}

/** A file fix would read or write back is not text it can keep as it is. */
export function notTextError(path: string): FixError {
  return new FixError([`cannot read ${path} as text`]);
}

/** The line for a source file that changed since the scan (left alone; the rest goes on). */
export function changedSinceScan(path: string): string {
  return `${path} changed since it was scanned: left alone; run leakproof fix again`;
}
