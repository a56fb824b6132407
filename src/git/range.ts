// Which commits a CI event brought: what the Action scans when the event names no usable base
// (a new branch, a force-push whose old tip is in no ref, a missing pull-request base). Off the
// hot path, so simple-git.
import { raw } from "./simple.js";

/** Is this name a commit here? */
export async function isCommit(cwd: string, rev: string): Promise<boolean> {
  try {
    return (await raw(cwd, ["cat-file", "-t", `${rev}^{commit}`])).trim() === "commit";
  } catch {
    return false;
  }
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await raw(cwd, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}

/**
 * The commits `tip` reaches that no other branch has (local or remote-tracking), as revision
 * arguments: [tip, ^other, …]. `own` names the pushed branch (refs/heads/x), whose refs are not
 * "other". Tags are not branches: a tag pushed along with the commits would hide them.
 */
export async function newCommits(cwd: string, tip: string, own?: string): Promise<string[]> {
  const branch = own?.replace(/^refs\/heads\//, "");
  const out = await raw(cwd, ["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads/", "refs/remotes/"]);
  const others = new Set<string>();
  for (const line of out.split("\n")) {
    const [name, sha] = line.split(" ");
    if (!name || !sha || name.endsWith("/HEAD")) continue;
    if (
      branch &&
      (name === `refs/heads/${branch}` ||
        (/^refs\/remotes\/[^/]+\//.test(name) && name.replace(/^refs\/remotes\/[^/]+\//, "") === branch))
    )
      continue;
    others.add(sha);
  }
  return [tip, ...[...others].map((s) => `^${s}`)];
}
