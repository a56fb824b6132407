// The directory collector's pieces, shared by `leakproof dir` (on two threads) and `leakproof fix
// PATH...`: which files a scan reads, and one file read and scanned. No report pipeline here: the
// dir command's worker thread loads this module.
import type { Detector } from "../../detect/detect.js";
import { dirFiles, readDirFile, type DirFile } from "../../sources/dir.js";
import type { Finding, Skip } from "../../types.js";
import type { Options } from "../options.js";
import type { Setup } from "../scan.js";

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
  return dirFiles(
    {
      paths: opts.positionals,
      cwd,
      root,
      noIgnore: opts.values["no-ignore"] ?? false,
      maxFileSize: s.maxFileSize,
      ignorePatterns: s.config.ignore,
    },
    onSkip,
  );
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
