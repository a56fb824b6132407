// The staged collector, shared by `leakproof staged` and `leakproof fix`: the findings in what the
// next commit adds, the files skipped, and each scanned file's staged blob.
import { createDetector } from "../../detect/detect.js";
import { reportedByShape } from "../../detect/reported.js";
import { multilineReach } from "../../git/context.js";
import type { EarlyGit } from "../../git/early.js";
import { scanStaged, stagedDiff } from "../../git/staged.js";
import { ignoredPaths } from "../../sources/ignorefile.js";
import type { Finding, Skip } from "../../types.js";
import type { Options } from "../options.js";
import { repoPath } from "../paths.js";
import { DEFAULT_MAX_FILE_SIZE, type Setup } from "../scan.js";
import { scanned } from "../tiering.js";

export interface StagedScan {
  findings: Finding[];
  skips: Skip[];
  /** Staged blob id of each scanned path. */
  blobs: Map<string, string>;
}

/** The repository paths the PATHs given name ("." at the root: everything). */
function stagedPaths(cwd: string, root: string, opts: Options): string[] {
  const given = opts.positionals.map((p) => repoPath(cwd, root, p));
  return given.includes("") ? [] : given;
}

/**
 * The staged diff started at once, before the rules load (git works on the other core meanwhile),
 * with the default size limit; collectStaged reads it if the limit turns out the same (no
 * --max-file-size, no maxFileSize in the config), else cancels it. Undefined when PATHs are wrong
 * (collectStaged then says why).
 */
export function startStagedDiff(cwd: string, root: string, opts: Options): EarlyGit | undefined {
  if (opts.values["max-file-size"] !== undefined) return undefined;
  try {
    return stagedDiff(cwd, stagedPaths(cwd, root, opts), DEFAULT_MAX_FILE_SIZE);
  } catch {
    return undefined;
  }
}

/**
 * `cwd`: where git runs (the invocation directory); `root`: the work tree top. PATHs narrow the
 * scan. `early`: the diff started by startStagedDiff, if any.
 */
export async function collectStaged(
  cwd: string,
  root: string,
  s: Setup,
  opts: Options,
  early?: EarlyGit,
): Promise<StagedScan> {
  const paths = stagedPaths(cwd, root, opts);
  const isIgnored = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings: Finding[] = [];
  const skips: Skip[] = [];
  const { blobs } = await scanStaged(
    {
      cwd,
      paths,
      maxFileSize: s.maxFileSize,
      isIgnored,
      contextReach: multilineReach(s.rules.rules),
      contextReported: reportedByShape((f) => detector.detect(f), s.rules),
      ...(early ? { early } : {}),
    },
    (fragment) => {
      scanned(fragment.text.length);
      for (const f of detector.detect(fragment)) findings.push(f);
    },
    (skip) => skips.push(skip),
  );
  return { findings, skips, blobs };
}
