// leakproof staged [PATH...]: what the next commit adds (the pre-commit hook). Reads the index,
// never the working tree; PATHs (as lint-staged passes them) narrow it to those files.
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathIgnore } from "../../sources/ignorefile.js";
import { createDetector } from "../../detect/detect.js";
import { GitError } from "../../git/exec.js";
import { workTreeRoot } from "../../git/repo.js";
import { scanStaged, stagedText } from "../../git/staged.js";
import type { Skip } from "../../sources/dir.js";
import type { Finding } from "../../types.js";
import { UsageError } from "../errors.js";
import type { Options } from "../main.js";
import { finish, setup } from "../scan.js";
import { skipNotes } from "../skips.js";

export async function run(opts: Options): Promise<number> {
  try {
    return await staged(opts);
  } catch (e) {
    // git failing is an error (exit 2), never "clean": the hook then blocks the commit.
    if (e instanceof GitError) throw new UsageError(e.message);
    throw e;
  }
}

async function staged(opts: Options): Promise<number> {
  const cwd = process.cwd();
  const root = workTreeRoot(cwd);
  const s = setup(root, opts);
  const maxFileSize = s.maxFileSize;
  const given = opts.positionals.map((p) => repoPath(cwd, root, p));
  const paths = given.includes("") ? [] : given; // "." at the root: everything
  const ig = opts.values["no-ignore"] ? undefined : pathIgnore(root, s.config.ignore).ig;
  const detector = createDetector(s.rules, s.prebuilt);
  const findings: Finding[] = [];
  const skips: Skip[] = [];
  const { blobs } = await scanStaged(
    { cwd, paths, maxFileSize, isIgnored: (p) => ig?.ignores(p) ?? false },
    (fragment) => {
      for (const f of detector.detect(fragment)) findings.push(f);
    },
    (skip) => skips.push(skip),
  );
  const notes = skipNotes(skips, maxFileSize, opts.values.verbose ?? false);
  if (!opts.values.quiet) for (const n of notes) process.stderr.write(`leakproof: ${n}\n`);
  return finish(findings, s, opts, notes, (path) => stagedText(cwd, path, blobs.get(path), maxFileSize));
}

/** A path as given (relative to cwd, or absolute) → relative to the repository root, POSIX. */
function repoPath(cwd: string, root: string, given: string): string {
  let base = cwd;
  try {
    base = realpathSync(cwd);
  } catch {
    // keep cwd
  }
  const rel = relative(realRoot(root), resolve(base, given));
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new UsageError(`${given} is outside the repository (${root})`);
  return sep === "/" ? rel : rel.split(sep).join("/");
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}


