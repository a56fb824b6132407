// simple-git, for the git work off the hot paths (install's repository and hooks lookups, the
// Action's range, re-staging after fix): promise-based calls with git's errors as exceptions.
// It gets the same fixed settings and environment as exec.ts, so both ways of running git
// behave alike. The hook's scan and history keep exec.ts's streaming child processes.
import { simpleGit, type SimpleGit } from "simple-git";
import { GitError, FIXED, environment } from "./exec.js";

/** exec.ts's `-c name=value` settings, as simple-git takes them. */
function fixedConfig(): string[] {
  const out: string[] = [];
  for (let i = 0; i < FIXED.length; i++) if (FIXED[i] === "-c" && FIXED[i + 1]) out.push(FIXED[++i]!);
  return out;
}

/**
 * Variables naming programs git could run (editors, pagers, ssh, askpass, diff drivers, its exec
 * path): these calls only read, so they go without them. Which config files to read
 * (GIT_CONFIG_GLOBAL, GIT_CONFIG_COUNT from `git -c … commit` running a hook) is the user's
 * choice and is kept; simple-git refuses both kinds unless told.
 */
const PROGRAMS =
  /^(EDITOR|VISUAL|PAGER|GIT_EDITOR|GIT_SEQUENCE_EDITOR|GIT_PAGER|GIT_ASKPASS|SSH_ASKPASS|GIT_SSH|GIT_SSH_COMMAND|GIT_EXTERNAL_DIFF|GIT_PROXY_COMMAND|GIT_EXEC_PATH|GIT_TEMPLATE_DIR)$/i;

export function simple(cwd: string): SimpleGit {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(environment())) if (v !== undefined && !PROGRAMS.test(k)) env[k] = v;
  return simpleGit({
    baseDir: cwd,
    config: fixedConfig(),
    maxConcurrentProcesses: 4,
    // What is left is what git needs to find the repository a hook runs for (GIT_DIR, GIT_INDEX_FILE, …).
    allowEnvironment: Object.keys(env).filter((k) => /^(GIT_|PREFIX$)/i.test(k)),
    // simple-git refuses these keys whatever their value; exec.ts's FIXED sets them only to turn
    // the programs off (core.fsmonitor=false, credential.helper=, protocol.allow=never).
    unsafe: {
      allowUnsafeConfigPaths: true,
      allowUnsafeConfigEnvCount: true,
      allowUnsafeFsMonitor: true,
      allowUnsafeCredentialHelper: true,
      allowUnsafeProtocolOverride: true,
    },
  }).env(env);
}

/** Runs `git ARGS` through simple-git: stdout, or a GitError carrying git's message. */
export async function raw(cwd: string, args: string[]): Promise<string> {
  try {
    return await simple(cwd).raw(args);
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    throw new GitError(args, null, message);
  }
}
