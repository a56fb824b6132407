// The environment variables a project already reads, from its code and config files, so a fix
// does not give a new value a name the project uses for something else (see names.ts).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../git/files.js";
import { kindOf } from "../detect/filekind.js";
import { decodeText } from "../encoding.js";
import { dirFiles } from "../sources/dir.js";
import { envReads, type EnvRead } from "./names.js";
import { posixRelative } from "../posix.js";
import { MIB } from "../units.js";

/** Files read for the names the project already uses: at most this many, this large. */
const READS_MAX_FILES = 20000;
const READS_MAX_BYTES = MIB;

/**
 * Every read in the project's files (git's list in a repository, else a walk of `root`). The files
 * being fixed are read as they were scanned (`scanned`), not as they are now.
 */
export function projectReads(root: string, inGit: boolean, scanned: ReadonlyMap<string, { text: string }>): EnvRead[] {
  const reads: EnvRead[] = [];
  let paths: string[];
  if (inGit) paths = listFiles(root);
  else {
    paths = [];
    for (const f of dirFiles(
      { paths: [], cwd: root, root, noIgnore: false, maxFileSize: READS_MAX_BYTES, ignorePatterns: [] },
      () => {},
    )) {
      paths.push(posixRelative(root, f.abs));
      if (paths.length >= READS_MAX_FILES) break;
    }
  }
  for (const path of [...new Set(paths)].slice(0, READS_MAX_FILES)) {
    const kind = kindOf(path);
    if (kind === "other" || kind === "dotenv") continue;
    let text = scanned.get(path)?.text;
    if (text === undefined) {
      try {
        const abs = join(root, path);
        if (statSync(abs).size > READS_MAX_BYTES) continue;
        text = decodeText(readFileSync(abs));
      } catch {
        continue;
      }
    }
    if (text !== undefined) reads.push(...envReads(path, text));
  }
  return reads;
}
