// The files `leakproof fix` works on: those the staged or the dir collector found secrets in (less
// what a --baseline accepts), with the bytes that were scanned, so a fix writes only over them.
import { join } from "node:path";
import { applyBaseline, baselineFor, readBaseline } from "../../baseline/baseline.js";
import { createDetector } from "../../detect/detect.js";
import { GitError } from "../../git/exec.js";
import { stagedBytes } from "../../git/files.js";
import { nearestRepoDir, quickWorkTreeTop } from "../../git/repo.js";
import { hashOf, snapshot } from "../../remedy/apply.js";
import type { Unfixed } from "../../remedy/plan.js";
import type { Finding, Skip } from "../../types.js";
import { UsageError } from "../errors.js";
import type { Options } from "../options.js";
import { setup, type Setup } from "../scan.js";
import { noteSkips } from "../skips.js";
import { scanFile, walkFiles } from "./dir.js";
import { collectStaged } from "./staged.js";
import { groupBy } from "../../lists.js";
import { posixRelative } from "../../posix.js";

/** A file with findings, as scanned. */
export interface FixTarget {
  /** Repository-relative POSIX path. */
  path: string;
  /** The bytes scanned (the staged blob, equal to the working tree file). */
  bytes: Buffer;
  findings: Finding[];
}

export interface FixTargets {
  root: string;
  s: Setup;
  inGit: boolean;
  targets: FixTarget[];
  /** Findings fix leaves alone before planning, with why (unstaged edits). */
  left: Unfixed[];
}

/** The staged files with findings (added lines, as the hook sees them), where the working tree equals the index. */
export async function stagedTargets(cwd: string, opts: Options): Promise<FixTargets> {
  let root: string;
  try {
    root = quickWorkTreeTop(cwd);
  } catch (e) {
    if (e instanceof GitError)
      throw new UsageError(`${e.message} (outside a repository, name the files: leakproof fix PATH...)`);
    throw e;
  }
  const s = setup(root, opts);
  const { findings, skips, blobs } = await collectStaged(cwd, root, s, opts);
  noteSkips(skips, s.maxFileSize, opts);
  const targets: FixTarget[] = [];
  const left: Unfixed[] = [];
  for (const [path, found] of byFile(accepted(findings, opts, s))) {
    const staged = stagedBytes(root, path, blobs.get(path), s.maxFileSize);
    if (snapshot(join(root, path)).hash !== hashOf(staged)) {
      for (const f of found)
        left.push({
          finding: f,
          reason: "the file has unstaged changes: stage them (or stash them), then run leakproof fix again",
        });
      continue;
    }
    targets.push({ path, bytes: staged, findings: found });
  }
  return { root, s, inGit: true, targets, left };
}

/** Files on disk under the given paths, scanned whole. */
export function dirTargets(cwd: string, opts: Options): FixTargets {
  const gitRoot = nearestRepoDir(cwd);
  const root = gitRoot ?? cwd;
  const s = setup(root, opts);
  const detector = createDetector(s.rules, s.prebuilt);
  const skips: Skip[] = [];
  const scanned = new Map<string, Buffer>();
  const found: Finding[] = [];
  for (const file of walkFiles(cwd, root, s, opts, (skip) => skips.push(skip))) {
    const path = posixRelative(root, file.abs);
    if (path.startsWith("../")) throw new UsageError(`${file.path} is outside ${root}`);
    // Findings name the file from the root (as fix writes it); notes name it as the user gave it.
    const r = scanFile({ ...file, path }, detector, s.maxFileSize, true);
    if (r.skip) skips.push({ ...r.skip, path: file.path });
    if (r.findings.length === 0) continue;
    scanned.set(path, r.bytes!);
    found.push(...r.findings);
  }
  noteSkips(skips, s.maxFileSize, opts);
  const targets = [...byFile(accepted(found, opts, s))].map(([path, findings]) => ({
    path,
    bytes: scanned.get(path)!,
    findings,
  }));
  return { root, s, inGit: gitRoot !== undefined, targets, left: [] };
}

/** Without the findings a --baseline accepts. */
/** Less what the baseline accepts: --baseline, the config's, or .leakproof-baseline.json at the root (as every scan reads it). */
function accepted(found: Finding[], opts: Options, s: Setup): Finding[] {
  const file = baselineFor(s.root, opts.values.baseline, s.config.baseline);
  return file ? applyBaseline(found, readBaseline(file)).kept : found;
}

function byFile(findings: Finding[]): Map<string, Finding[]> {
  return groupBy(findings, (f) => f.file);
}
