// leakproof staged [PATH...]: what the next commit adds (the pre-commit hook). Reads the index,
// never the working tree; PATHs (as lint-staged passes them) narrow it to those files.
import { ignoredPaths } from "../../sources/ignorefile.js";
import { createDetector } from "../../detect/detect.js";
import { multilineReach } from "../../git/context.js";
import { workTreeRoot } from "../../git/repo.js";
import { scanStaged, stagedText } from "../../git/staged.js";
import type { Skip } from "../../sources/dir.js";
import type { Finding } from "../../types.js";
import { repoPath } from "../paths.js";
import type { Options } from "../main.js";
import { finish, setup } from "../scan.js";
import { skipNotes } from "../skips.js";

// A git failure is a GitError: reported as an error (exit 2), never "clean", so the hook blocks.
export async function run(opts: Options): Promise<number> {
  const cwd = process.cwd();
  const root = workTreeRoot(cwd);
  const s = setup(root, opts);
  const maxFileSize = s.maxFileSize;
  const given = opts.positionals.map((p) => repoPath(cwd, root, p));
  const paths = given.includes("") ? [] : given; // "." at the root: everything
  const isIgnored = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const findings: Finding[] = [];
  const skips: Skip[] = [];
  const { blobs } = await scanStaged(
    { cwd, paths, maxFileSize, isIgnored, contextReach: multilineReach(s.rules.rules) },
    (fragment) => {
      for (const f of detector.detect(fragment)) findings.push(f);
    },
    (skip) => skips.push(skip),
  );
  const notes = skipNotes(skips, maxFileSize, opts.values.verbose ?? false);
  if (!opts.values.quiet) for (const n of notes) process.stderr.write(`leakproof: ${n}\n`);
  return finish(findings, s, opts, notes, (path) => stagedText(cwd, path, blobs.get(path), maxFileSize), {
    scan: "staged",
  });
}
