// Django's deployment checks in the pre-commit hook ([django] deploy = true in .leakproof.toml):
// run when the commit touches a settings file, on the staged content of the files it stages,
// and reported with the secrets when it touches a file the production settings are read from.
// Never blocks on what it cannot read: no settings, or Python the parser refuses, is a note.
import { isUserError } from "../errors.js";
import type { Finding } from "../types.js";
import { checkDeploy } from "./deploy.js";

/** Staged paths that may be settings: settings.py, anything under a settings/ package, urls.py. */
const SETTINGS_PATH = /(?:^|\/)(?:settings(?:\/[^/]+)?\.py|settings_[^/]+\.py|[^/]*settings\.py|urls\.py)$/;

export interface HookDeploy {
  findings: Finding[];
  notes: string[];
}

/**
 * The deployment findings a commit should show: none unless a staged path is a settings file
 * production reads. `readStaged` gives a staged file's content (undefined: not staged, read disk).
 */
export function deployForCommit(
  root: string,
  staged: readonly string[],
  readStaged: (path: string) => string | undefined,
  readDisk: (path: string) => string,
): HookDeploy {
  if (!staged.some((p) => SETTINGS_PATH.test(p))) return { findings: [], notes: [] };
  try {
    const r = checkDeploy(root, { read: (f) => readStaged(f) ?? readDisk(f) });
    const touched = new Set(staged);
    if (!r.files.some((f) => touched.has(f)) && !r.findings.some((f) => touched.has(f.file)))
      return { findings: [], notes: [] };
    return { findings: r.findings.filter((f) => !f.lineText.includes("leakproof:allow")), notes: [] };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { findings: [], notes: [`Django deployment checks skipped: ${e.message}`] };
  }
}
