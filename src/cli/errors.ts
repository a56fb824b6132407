// Exit codes (fixed by the contract) and the one place errors become messages.
import { isUserError, LeakproofError } from "../errors.js";

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

export class UsageError extends LeakproofError {}

/** Prints an error and returns exit 2: an error must never look like "clean". */
export function reportError(e: unknown): number {
  if (isUserError(e)) {
    process.stderr.write(`leakproof: error: ${e.message}\n`);
  } else {
    const err = e as Error;
    process.stderr.write(`leakproof: internal error: ${err?.stack ?? String(e)}\n`);
  }
  return EXIT.error;
}
