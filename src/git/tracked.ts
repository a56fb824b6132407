// Files git tracks although an ignore rule lists them: git's ignore rules never apply to tracked
// files, so a directory scan must not skip them (a pushed key in a tracked, ignored settings file).
import { gitSync } from "./exec.js";

/** Root-relative POSIX paths of tracked files that .gitignore (or info/exclude) also lists. */
export function trackedIgnored(root: string): string[] {
  const out = gitSync(["ls-files", "-z", "--cached", "--ignored", "--exclude-standard"], { cwd: root }).stdout;
  return out
    .toString("utf8")
    .split("\0")
    .filter((p) => p.length > 0);
}
