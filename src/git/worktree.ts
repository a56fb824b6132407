// What the working tree holds that the index does not: tracked files with unstaged changes and
// new files git does not ignore. For `leakproof fix` with nothing staged to fix (after a blocked
// `git commit -a`, say). Off the hot path: simple-git.
import { raw } from "./simple.js";

/** Repository-relative POSIX paths of modified tracked files and untracked, not ignored ones. */
export async function unstagedPaths(root: string): Promise<string[]> {
  const out = await raw(root, ["ls-files", "-z", "--full-name", "--modified", "--others", "--exclude-standard"]);
  return [...new Set(out.split("\0").filter(Boolean))];
}
