// leakproof staged [PATH...]: what the next commit adds (the pre-commit hook). Reads the index,
// never the working tree; PATHs (as lint-staged passes them) narrow it to those files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyBaseline, baselineFor, readBaseline } from "../../baseline/baseline.js";
import { mergeInProgress, quickWorkTreeTop } from "../../git/repo.js";
import { selfCommand, stagedFixHint } from "../hint.js";
import { stagedText } from "../../git/staged.js";
import { collectStaged, startStagedDiff, type StagedScan } from "../collect/staged.js";
import type { Finding, Skip } from "../../types.js";
import { mib } from "../../units.js";
import { EXIT } from "../errors.js";
import type { Options } from "../options.js";
import { finish, setup, type Setup } from "../scan.js";
import { noteSkips } from "../skips.js";
import { startShort } from "../tiering.js";

// A git failure is a GitError: reported as an error (exit 2), never "clean", so the hook blocks.
export async function run(opts: Options): Promise<number> {
  // A commit is usually small: no optimising compiler unless it turns out big (tiering.ts).
  startShort();
  const cwd = process.cwd();
  const root = quickWorkTreeTop(cwd);
  // git diffs the index on the other core while the rules load.
  const early = startStagedDiff(cwd, root, opts);
  let scanned: StagedScan;
  let s: Setup;
  try {
    s = setup(root, opts);
    scanned = await collectStaged(cwd, root, s, opts, early);
  } finally {
    early?.cancel();
  }
  const { findings, skips, blobs } = scanned;
  const notes = noteSkips(skips, s.maxFileSize, opts);
  const readStaged = (path: string) => stagedText(cwd, path, blobs.get(path), s.maxFileSize);
  // [django] deploy = true: Django's deployment checks too, when the commit touches settings.
  const deploy = s.config.djangoDeploy
    ? await (
        await import("../deploy.js")
      ).deployForCommit(
        root,
        [...blobs.keys()],
        (p) => (blobs.has(p) ? readStaged(p) : undefined),
        (p) => readFileSync(join(root, p), "utf8"),
      )
    : undefined;
  for (const n of deploy?.notes ?? []) {
    notes.push(n);
    if (!opts.values.quiet) process.stderr.write(`leakproof: ${n}\n`);
  }
  const code = await finish(s, opts, {
    found: findings,
    notes,
    fileText: readStaged,
    scan: "staged",
    fixHint: (found: readonly Finding[]) =>
      stagedFixHint(found, { cmd: selfCommand(root), env: process.env, merging: mergeInProgress(cwd) }),
    // After the secret remedies (the deployment findings carry their own fixes).
    ...(deploy && deploy.findings.length > 0
      ? {
          annotate: (all: Finding[]) => {
            const baseline = baselineFor(s.root, opts.values.baseline, s.config.baseline);
            all.push(...(baseline ? applyBaseline(deploy.findings, readBaseline(baseline)).kept : deploy.findings));
          },
        }
      : {}),
  });
  return unscanned(skips, s.maxFileSize) ?? code;
}

/**
 * The hook never lets content it did not read into a commit: a staged file over the size limit
 * blocks (exit 2, after the report of the rest), naming the file and the two ways on.
 */
function unscanned(skips: readonly Skip[], maxFileSize: number): number | undefined {
  const big = skips.filter((k) => k.reason === "too-large");
  if (big.length === 0) return undefined;
  const files = big.map((k) => `${k.path}${k.detail ? ` (${k.detail})` : ""}`).join(", ");
  process.stderr.write(
    `leakproof: error: not scanned, so not committed: ${files} ${big.length === 1 ? "is" : "are"} over the ${mib(maxFileSize)} limit.\n` +
      `  To scan ${big.length === 1 ? "it" : "them"}: raise the limit (maxFileSize = <bytes> in .leakproof.toml, or leakproof staged --max-file-size <MB>).\n` +
      `  To commit ${big.length === 1 ? "it" : "them"} unscanned: list ${big.length === 1 ? "it" : "them"} in .leakproofignore.\n`,
  );
  return EXIT.error;
}
