// leakproof history [RANGE...]: the lines every commit added (all refs, or the given revision
// ranges such as origin/main..HEAD), with the commit, author and date of each finding, and for
// each secret whether it is still at HEAD (if not, it leaked all the same: rotate it).
import { ignoredPaths } from "../../sources/ignorefile.js";
import { createDetector } from "../../detect/detect.js";
import { contextSpanOf } from "../../detect/contextspan.js";
import { reportedByShape } from "../../detect/reported.js";
import { startPublicFingerprint } from "../../detect/fingerprint.js";
import { multilineReach } from "../../git/context.js";
import { checkRanges, headTexts, isShallow, scanHistory, secretsAtHead } from "../../git/history.js";
import { detach } from "../../git/log.js";
import { checkComplete } from "../../git/partial.js";
import { workTreeTopOrBare } from "../../git/repo.js";
import type { Finding, Skip } from "../../types.js";
import { rangeSettings, type RangeSettings } from "../rangesettings.js";
import { UsageError } from "../errors.js";
import type { Options } from "../options.js";
import { progress } from "../progress.js";
import { finish, setup } from "../scan.js";
import { skipNotes } from "../skips.js";

/** Given revisions (the pre-push hook's), scanned as they are: no range checks, never "complete". */
export interface GivenRevs {
  revs: string[];
}

// A git failure is a GitError: reported as an error (exit 2), never "clean", so the hook blocks.
export async function run(opts: Options, given?: GivenRevs): Promise<number> {
  const cwd = process.cwd();
  const root = workTreeTopOrBare(cwd);
  const ranges = given ? given.revs : opts.positionals;
  // In CI, settings the range itself changes are taken from its base (see rangesettings.ts).
  const trusted = rangeSettings(cwd, root, ranges, opts);
  try {
    return await scan(cwd, root, trusted?.opts ?? opts, trusted, given);
  } finally {
    trusted?.cleanup();
  }
}

async function scan(
  cwd: string,
  root: string,
  opts: Options,
  trusted: RangeSettings | undefined,
  given: GivenRevs | undefined,
): Promise<number> {
  const s = setup(root, opts);
  const quiet = opts.values.quiet ?? false;
  const verbose = opts.values.verbose ?? false;
  const maxFileSize = s.maxFileSize;
  const since = opts.values.since;
  const ranges = given ? given.revs : opts.positionals;
  const jobs = jobsFromEnv();

  const notes: string[] = [];
  if (trusted) {
    notes.push(trusted.note);
    process.stderr.write(`leakproof: ${trusted.note}\n`);
  }
  const shallow = isShallow(cwd);
  if (!given) checkRanges(cwd, ranges, shallow);
  await checkComplete(cwd, ranges, since);
  if (shallow) {
    const note =
      "the repository is shallow: only the commits that are here were scanned, and the oldest of them show their whole tree as added " +
      "(git fetch --unshallow scans the rest; on GitHub Actions: actions/checkout with fetch-depth: 0)";
    notes.push(note);
    if (!quiet) process.stderr.write(`leakproof: ${note}\n`);
  }

  const isIgnored = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false, trusted?.ignoreFile);
  const detector = createDetector(s.rules, s.prebuilt);
  // Reports that print fingerprints get the slow public ones: hashed while git still works.
  const publicFingerprints = opts.values.format === "json" || opts.values.format === "sarif";
  const findings: Finding[] = [];
  const skips = new Map<string, Skip>();
  const bar = progress(process.stderr, !quiet, { unit: "commits" });
  let sinceTick = 0;
  try {
    await scanHistory(
      {
        cwd,
        ranges,
        ...(since !== undefined ? { since } : {}),
        maxFileSize,
        isIgnored,
        contextReach: multilineReach(s.rules.rules),
        contextSpan: contextSpanOf(s.rules),
        contextReported: reportedByShape((f) => detector.detect(f), s.rules),
        ...(jobs !== undefined ? { jobs } : {}),
      },
      {
        fragment: (fragment) => {
          for (const f of detector.detect(fragment)) {
            const kept = keep(f);
            findings.push(kept);
            if (publicFingerprints) startPublicFingerprint(kept);
            sinceTick++;
            // --verbose: each finding as it is found, while git is still at work (never the secret).
            if (verbose && !quiet)
              bar.log(`leakproof: found ${f.ruleId} in ${f.file}:${f.line} (commit ${f.commit?.slice(0, 12) ?? "?"})`);
          }
        },
        skip: (skip) => {
          // One note per file, not per commit that touched it.
          const key = `${skip.reason}\0${skip.path}`;
          if (!skips.has(key))
            skips.set(key, {
              path: detach(skip.path),
              reason: skip.reason,
              ...(skip.detail ? { detail: skip.detail } : {}),
            });
        },
        commit: () => {
          bar.tick(sinceTick);
          sinceTick = 0;
        },
        total: (n) => bar.total(n),
      },
    );
  } finally {
    bar.done();
  }

  // Content a tag holds outside commits (no commit id) that a commit already showed is not news.
  const inCommits = new Set(findings.filter((f) => f.commit !== undefined).map((f) => f.secret));
  const reported = findings.filter((f) => f.commit !== undefined || !inCommits.has(f.secret));
  const printed = notes.length; // the notes above went to stderr as they came
  notes.push(...skipNotes([...skips.values()], maxFileSize, opts.values.verbose ?? false));
  if (!quiet) for (const n of notes.slice(printed)) process.stderr.write(`leakproof: ${n}\n`);
  // What the report needs next goes on side by side: where each secret still is at HEAD (git reads
  // HEAD's blobs and they are searched) and here the files' texts (another git read).
  const atHead =
    reported.length > 0
      ? secretsAtHead(
          cwd,
          reported.map((f) => f.secret),
        )
      : undefined;
  // Awaited when the report is made (a failure is thrown there); a report not made leaves it.
  atHead?.catch(() => undefined);
  // Remedies read a file's imports: the file as it is at HEAD, where it would be fixed.
  const texts = await headTexts(
    cwd,
    reported.map((f) => f.file),
    maxFileSize,
  );
  const fileText = (path: string) => texts.get(path);
  // Stale baseline entries can only be told apart on a scan of all of history.
  return finish(s, opts, {
    found: reported,
    notes,
    fileText,
    complete: !given && ranges.length === 0 && since === undefined,
    annotate: async (found) => {
      // Where each secret still is in HEAD's tree (none: gone).
      const at = await atHead;
      if (at) for (const f of found) f.atHead = at.get(f.secret) ?? [];
    },
    scan: "history",
  });
}

/** A finding kept until the report holds copies of its strings, not slices of the whole patch text they came from. */
function keep(f: Finding): Finding {
  const k: Finding = { ...f, file: detach(f.file), secret: detach(f.secret), lineText: detach(f.lineText) };
  if (f.name !== undefined) k.name = detach(f.name);
  return k;
}

/** How many git processes share the commit list (LEAKPROOF_GIT_JOBS, for tuning and the benchmark). */
function jobsFromEnv(): number | undefined {
  const v = process.env.LEAKPROOF_GIT_JOBS;
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`LEAKPROOF_GIT_JOBS must be a whole number from 1 to 64, not "${v}"`);
  return n;
}
