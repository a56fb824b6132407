// The directory collector's pieces, shared by `leakproof dir` (on two threads) and `leakproof fix
// PATH...`: which files a scan reads, and one file read and scanned. No report pipeline here: the
// dir command's worker thread loads this module.
import type { Detector } from "../../detect/detect.js";
import { dirFiles, readDirFile, type DirFile } from "../../sources/dir.js";
import type { Finding, Skip } from "../../types.js";
import type { Options } from "../options.js";
import type { Setup } from "../scan.js";
import { GitError } from "../../git/exec.js";
import { nearestRepoDir } from "../../git/repo.js";
import { trackedIgnored } from "../../git/tracked.js";

export interface FileResult {
  findings: Finding[];
  skip?: Skip;
  /** The bytes scanned (a copy), when asked for and the file has findings. */
  bytes?: Buffer;
}

/** The files under the command's PATHs (default: cwd), honouring the ignore files unless --no-ignore. */
export function walkFiles(
  cwd: string,
  root: string,
  s: Setup,
  opts: Options,
  onSkip: (s: Skip) => void,
): Generator<DirFile> {
  const noIgnore = opts.values["no-ignore"] ?? false;
  return dirFiles(
    {
      paths: opts.positionals,
      cwd,
      root,
      noIgnore,
      maxFileSize: s.maxFileSize,
      ignorePatterns: s.config.ignore,
      tracked: noIgnore ? [] : trackedFiles(root, cwd, opts.values.quiet ?? false),
    },
    onSkip,
  );
}

/**
 * Inside a repository, the tracked files that .gitignore also lists (they are scanned all the same);
 * outside one, none. If git cannot say, the scan goes on with a note, as git's own view is unknown.
 */
function trackedFiles(root: string, cwd: string, quiet: boolean): string[] {
  if (nearestRepoDir(cwd) === undefined) return [];
  try {
    return trackedIgnored(root);
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    if (!quiet)
      process.stderr.write(
        `leakproof: could not list tracked files (${e.message}); files .gitignore lists were skipped\n`,
      );
    return [];
  }
}

/** Reads and scans one file. `keepBytes`: a file with findings comes back with the bytes scanned. */
export function scanFile(file: DirFile, detector: Detector, maxFileSize: number, keepBytes = false): FileResult {
  let skip: Skip | undefined;
  let bytes: Uint8Array | undefined;
  const fragment = readDirFile(file, maxFileSize, (s) => (skip = s), keepBytes ? (b) => (bytes = b) : undefined);
  const findings = fragment ? detector.detect(fragment) : [];
  const result: FileResult = skip ? { findings, skip } : { findings };
  if (bytes && findings.length > 0) result.bytes = Buffer.from(bytes);
  return result;
}
