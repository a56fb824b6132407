// The staged collector, shared by `leakproof staged` and `leakproof fix`: the findings in what the
// next commit adds, the files skipped, and each scanned file's staged blob.
import { createDetector } from "../../detect/detect.js";
import { scanStaged } from "../../git/staged.js";
import { ignoredPaths } from "../../sources/ignorefile.js";
import type { Finding, Skip } from "../../types.js";
import type { Options } from "../options.js";
import { repoPath } from "../paths.js";
import type { Setup } from "../scan.js";

export interface StagedScan {
  findings: Finding[];
  skips: Skip[];
  /** Staged blob id of each scanned path. */
  blobs: Map<string, string>;
}

/** `cwd`: where git runs (the invocation directory); `root`: the work tree top. PATHs narrow the scan. */
export async function collectStaged(cwd: string, root: string, s: Setup, opts: Options): Promise<StagedScan> {
  const given = opts.positionals.map((p) => repoPath(cwd, root, p));
  const paths = given.includes("") ? [] : given; // "." at the root: everything
  const isIgnored = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings: Finding[] = [];
  const skips: Skip[] = [];
  const { blobs } = await scanStaged(
    { cwd, paths, maxFileSize: s.maxFileSize, isIgnored },
    (fragment) => {
      for (const f of detector.detect(fragment)) findings.push(f);
    },
    (skip) => skips.push(skip),
  );
  return { findings, skips, blobs };
}
