// Where things are in a repository: the work tree top, git's own paths, config values.
// The tops, by how they are found: nearestRepoDir (a .git entry, no git run), workTreeTop (git
// says), quickWorkTreeTop (the first unless GIT_DIR / GIT_WORK_TREE say otherwise), and
// workTreeTopOrBare (history scans also run in a bare repository).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { GitError, gitSync, gitText } from "./exec.js";

/** The nearest directory, from `start` up, holding a .git entry; found without running git. */
export function nearestRepoDir(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * The top of the work tree, on the hook path: without GIT_DIR / GIT_WORK_TREE in the environment
 * (set in linked worktrees' hooks) it is the nearest directory holding .git, found without
 * spawning git; otherwise git says.
 */
export function quickWorkTreeTop(cwd: string): string {
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE) {
    const found = nearestRepoDir(cwd);
    if (found) return found;
  }
  return workTreeTop(cwd);
}

/** The top of the work tree; a GitError saying so when cwd is not in one. */
export function workTreeTop(cwd: string): string {
  try {
    return gitText(["rev-parse", "--show-toplevel"], { cwd });
  } catch (e) {
    if (e instanceof GitError && /not a git repository/i.test(e.stderr)) {
      throw new GitError(e.args, e.code, e.stderr, `not a git repository: ${cwd}`);
    }
    if (e instanceof GitError && /work tree/i.test(e.stderr)) {
      throw new GitError(e.args, e.code, e.stderr, `${cwd} is not in a work tree (a bare repository?)`);
    }
    throw e;
  }
}

/**
 * An absolute path inside git's directory as git resolves it (`git rev-parse --git-path`):
 * `hooks` honours core.hooksPath and, in a linked worktree or a submodule, lands where git looks.
 */
export function gitPath(cwd: string, name: string): string {
  return resolve(cwd, gitText(["rev-parse", "--git-path", name], { cwd }));
}

/** The directory shared by all worktrees (the main .git, or .git/modules/<name> for a submodule). */
export function commonDir(cwd: string): string {
  return resolve(cwd, gitText(["rev-parse", "--git-common-dir"], { cwd }));
}

/** A config value, or undefined when unset. */
export function configGet(cwd: string, key: string): string | undefined {
  const r = gitSync(["config", "--get", key], { cwd, okCodes: [1] });
  return r.code === 0 ? r.stdout.toString("utf8").replace(/\n$/, "") : undefined;
}

/** The work tree top; in a bare repository (a mirror), the repository itself. */
export function workTreeTopOrBare(cwd: string): string {
  try {
    return workTreeTop(cwd);
  } catch (e) {
    if (e instanceof GitError && isBare(cwd)) return cwd;
    throw e;
  }
}

function isBare(cwd: string): boolean {
  try {
    return gitText(["rev-parse", "--is-bare-repository"], { cwd }) === "true";
  } catch {
    return false;
  }
}

/**
 * Whether any configuration (the repository's, global, system, included files) names a merge
 * driver program (merge.<name>.driver). Re-merging (`log --remerge-diff`) would run it: a
 * repository someone else controls could make a scan execute anything.
 */
export function mergeDriversConfigured(cwd: string): boolean {
  return gitSync(["config", "--get-regexp", "^merge\\..+\\.driver$"], { cwd, okCodes: [1] }).code === 0;
}

/** A merge is being concluded: MERGE_HEAD exists (a conflicted merge's `git commit`). */
export function mergeInProgress(cwd: string): boolean {
  try {
    return existsSync(gitPath(cwd, "MERGE_HEAD"));
  } catch {
    return false;
  }
}
