// Paths the user gives on the command line → repository-relative POSIX paths.
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError } from "./errors.js";
import { toPosix } from "../posix.js";

/** A path as given (relative to cwd, or absolute) → relative to the repository root, POSIX; outside it is an error. */
export function repoPath(cwd: string, root: string, given: string): string {
  const rel = relative(real(root), resolve(real(cwd), given));
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new UsageError(`${given} is outside the repository (${root})`);
  return toPosix(rel);
}

/** Symlinked checkouts (/tmp → /private/tmp) compare by their real path. */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
