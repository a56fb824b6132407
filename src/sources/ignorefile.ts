// Ignore files, gitignore syntax (the `ignore` package): .gitignore files for `dir`, and the paths
// every scan skips: .leakproofignore at the repository root plus the config's `ignore` patterns.
import { join } from "node:path";
import ignore, { type Ignore } from "ignore";
import { FileRefused, readRegular, SMALL_FILE } from "./regular.js";

export interface PathIgnore {
  ig: Ignore;
  /** No .leakproofignore and no configured patterns: nothing to check. */
  empty: boolean;
}

/** .leakproofignore at the root plus the config's patterns; paths given to it are root-relative POSIX. */
export function pathIgnore(root: string, extra: string[], ignoreFile = join(root, ".leakproofignore")): PathIgnore {
  const file = readIgnoreFile(ignoreFile);
  const ig = file ?? ignore();
  if (extra.length > 0) ig.add(extra);
  return { ig, empty: file === undefined && extra.length === 0 };
}

/**
 * Whether a root-relative path is ignored (.leakproofignore, config patterns), or never when
 * `noIgnore` or nothing is listed: the ignore package's first call alone costs ~4 ms on the hook path.
 */
export function ignoredPaths(
  root: string,
  extra: string[],
  noIgnore: boolean,
  ignoreFile?: string,
): (path: string) => boolean {
  if (noIgnore) return () => false;
  const { ig, empty } = pathIgnore(root, extra, ignoreFile);
  return empty ? () => false : (path) => ig.ignores(path);
}

/**
 * An ignore file, or undefined when there is none. One that is not a regular file (a symlink to
 * /dev/zero, a FIFO) or is too large throws FileRefused: reading it would hang or exhaust memory.
 */
export function readIgnoreFile(file: string): Ignore | undefined {
  let bytes: Buffer;
  try {
    bytes = readRegular(file, SMALL_FILE);
  } catch (e) {
    if (e instanceof FileRefused) throw e;
    return undefined;
  }
  return ignore().add(bytes.toString("utf8"));
}
