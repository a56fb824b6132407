// Exit codes (fixed by the contract) and the one place errors become messages.
import { RuleError } from "../rules/schema.js";
import { PathError } from "../sources/dir.js";
import { GitError } from "../git/exec.js";

export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

export class UsageError extends Error {}

/** Prints an error and returns exit 2: an error must never look like "clean". */
export function reportError(e: unknown): number {
  if (e instanceof UsageError || e instanceof RuleError || e instanceof PathError || e instanceof GitError) {
    process.stderr.write(`leakproof: error: ${e.message}\n`);
  } else {
    const err = e as Error;
    process.stderr.write(`leakproof: internal error: ${err?.stack ?? String(e)}\n`);
  }
  return EXIT.error;
}
