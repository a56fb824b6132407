// The command a blocked commit's report ends with, worded for where it was printed: how the user
// runs leakproof there (npx, on PATH, or the CLI's own path), whether the commit used its own index
// (`git commit -a` / `git commit <paths>`: the real index never got the changes, so `fix --staged`
// would see nothing), and whether it was a merge.
import { existsSync, realpathSync } from "node:fs";
import { basename, delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../types.js";

/** How to run this leakproof from cwd, as a user would type it. */
export function selfCommand(cwd: string, env: NodeJS.ProcessEnv = process.env, self = currentScript()): string {
  const me = real(self);
  if (me && real(join(cwd, "node_modules", ".bin", "leakproof")) === me) return "npx leakproof";
  // On PATH (a global install), unless only a hook's PATH has it (husky's and pre-commit's own bins).
  if (me && !env.PRE_COMMIT) {
    for (const dir of (env.PATH ?? "").split(delimiter)) {
      if (!dir || dir.includes("node_modules")) continue;
      if (real(join(dir, "leakproof")) === me) return "leakproof";
    }
  }
  return `node ${shellWord(self)}`;
}

export interface HintContext {
  /** The command that runs leakproof (selfCommand). */
  cmd: string;
  env: NodeJS.ProcessEnv;
  /** A merge is being concluded (MERGE_HEAD exists). */
  merging: boolean;
}

/** The last line of a blocked staged scan: the one command that fixes it, or undefined when fix cannot. */
export function stagedFixHint(findings: readonly Finding[], h: HintContext): string | undefined {
  if (!findings.some((f) => f.remediation !== undefined)) return undefined;
  const merge = h.merging || /^merge\b/.test(h.env.GIT_REFLOG_ACTION ?? "");
  if (merge)
    return `${h.cmd} fix --staged, then git commit to conclude the merge (or git merge --abort); the secret is already in the merged branch's commits, so rotate it`;
  const index = h.env.GIT_INDEX_FILE;
  if (index && basename(index) !== "index") {
    const paths = [...new Set(findings.filter((f) => f.remediation !== undefined).map((f) => f.file))];
    return `${h.cmd} fix ${paths.map(shellWord).join(" ")}, then commit again (this commit staged its own copy of the files, which git has dropped)`;
  }
  return `${h.cmd} fix --staged`;
}

function currentScript(): string {
  return process.argv[1] ?? fileURLToPath(import.meta.url);
}

function real(p: string): string | undefined {
  try {
    return existsSync(p) ? realpathSync(p) : undefined;
  } catch {
    return undefined;
  }
}

/** A word for sh: as it is when plain, else single-quoted. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
