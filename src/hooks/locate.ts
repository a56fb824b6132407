// Which file the hook goes into. Git runs hooks from `git rev-parse --git-path hooks`, which
// honours core.hooksPath (once set, .git/hooks is ignored) and finds the right place in linked
// worktrees and submodules. With husky, the hook scripts users edit live in .husky/ (.husky/pre-commit,
// .husky/pre-merge-commit, ...).
import { statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { commonDir, configGet, gitPath, workTreeTop } from "../git/repo.js";

export interface HookTarget {
  root: string;
  /** The directory git runs hooks from. */
  hooksDir: string;
  /** Husky manages the hooks: our block goes into the scripts in this directory (.husky/pre-commit, ...). */
  husky?: {
    dir: string;
    /** core.hooksPath points at husky; false when .husky/ exists but husky is not set up in this clone yet. */
    active: boolean;
  };
  /** Other directories an older install may have used (the default .git/hooks). */
  otherDirs: string[];
}

export function locate(cwd: string): HookTarget {
  const root = workTreeTop(cwd);
  const hooksDir = gitPath(cwd, "hooks");
  const hooksPath = configGet(cwd, "core.hooksPath");
  const defaultDir = join(commonDir(cwd), "hooks");
  const target: HookTarget = { root, hooksDir, otherDirs: hooksDir === defaultDir ? [] : [defaultDir] };
  // husky 9 points core.hooksPath at <dir>/.husky/_, husky 4-8 at <dir>/.husky (<dir>: the root,
  // or a package of a monorepo). Its generated stubs would overwrite ours: the user's script is the place.
  const husky =
    basename(hooksDir) === ".husky"
      ? hooksDir
      : basename(hooksDir) === "_" && basename(dirname(hooksDir)) === ".husky"
        ? dirname(hooksDir)
        : undefined;
  if (husky) target.husky = { dir: husky, active: true };
  else if (hooksPath === undefined && isDir(join(root, ".husky")))
    target.husky = { dir: join(root, ".husky"), active: false };
  return target;
}

function isDir(p: string): boolean {
  try {
    return statSync(resolve(p)).isDirectory();
  } catch {
    return false;
  }
}
