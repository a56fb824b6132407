// leakproof fix [PATH...]: rewrites hardcoded secrets to read the environment, moves the values
// into .env (ignored by git) and names them in .env.example. Default scope: the staged files with
// findings (as `leakproof staged` sees them); PATHs: those files on disk; --staged: stage the result.
// Collect (cli/collect/targets.ts) → plan (remedy/plan.ts, pure) → diff → confirm → write (remedy/write.ts) → stage.
import { join } from "node:path";
import { hashOf, snapshot } from "../../remedy/apply.js";
import { AuxFiles } from "../../remedy/auxfiles.js";
import { unifiedDiff } from "../../remedy/unified.js";
import { decodeExact } from "../../encoding.js";
import { changedSinceScan, conflictsError, FixError, notAsShownError } from "../../remedy/errors.js";
import { planFix, type FixFile, type FixInput, type Unfixed } from "../../remedy/plan.js";
import { projectReads } from "../../remedy/reads.js";
import { count, fixSummary } from "../../remedy/summary.js";
import { stageableAux, stageFix, writeFix, type Scanned } from "../../remedy/write.js";
import { headBytes, isTracked } from "../../git/files.js";
import { detectProject } from "../../remedy/project.js";
import { ignoredAmong } from "../../git/files.js";
import { createDetector } from "../../detect/detect.js";
import { diffMask } from "../../remedy/shown.js";
import type { FixPlan } from "../../remedy/plan.js";
import type { Setup } from "../scan.js";
import { dirTargets, stagedTargets } from "../collect/targets.js";
import { EXIT } from "../errors.js";
import type { Options } from "../options.js";
import { ask } from "../prompt.js";
import { selfCommand, shellWord } from "../hint.js";
import { unstagedPaths } from "../../git/worktree.js";
import type { Finding } from "../../types.js";

const out = (s: string) => process.stdout.write(s);
const say = (s: string) => process.stderr.write(`leakproof: ${s}\n`);

// A git failure is a GitError: reported as an error (exit 2).
export async function run(opts: Options): Promise<number> {
  try {
    return await fix(opts);
  } catch (e) {
    if (!(e instanceof FixError)) throw e;
    for (const p of e.problems) say(`error: ${p}`);
    if (e.advice) say(e.advice);
    return EXIT.error;
  }
}

async function fix(opts: Options): Promise<number> {
  const cwd = process.cwd();
  const stagedScope = opts.values.staged === true || opts.positionals.length === 0;
  const { root, s, inGit, targets, left } = stagedScope ? await stagedTargets(cwd, opts) : dirTargets(cwd, opts);
  if (targets.length === 0 && left.length === 0) {
    // Nothing staged holds one; the working tree may (after a blocked `git commit -a`): say what it holds.
    if (stagedScope && inGit) {
      const seen = await unstagedFindings(cwd, root, opts);
      if (seen.length > 0) {
        const paths = [...new Set(seen.map((f) => f.file))];
        out(`leakproof: nothing staged holds a secret, but the working tree does (not staged yet):\n`);
        for (const f of seen) out(`  ${f.file}:${f.line}:${f.column}  ${f.ruleId}\n`);
        out(`Fix them on disk: ${selfCommand(root)} fix ${paths.map(shellWord).join(" ")}\n`);
        return EXIT.findings;
      }
    }
    out("leakproof: no secrets found, nothing to fix\n");
    return EXIT.clean;
  }

  // Only what can be written back byte for byte is fixed.
  const scanned = new Map<string, Scanned & { text: string }>();
  const files: FixFile[] = [];
  for (const t of targets) {
    const d = decodeExact(t.bytes);
    if (!d) {
      for (const f of t.findings)
        left.push({
          finding: f,
          reason: "leakproof fix cannot write this file back in its own encoding: move the value by hand",
        });
      continue;
    }
    scanned.set(t.path, { bytes: t.bytes, ...d });
    files.push({ path: t.path, text: d.text, findings: t.findings });
  }
  const aux = new AuxFiles(root);
  const trackedCache = new Map<string, boolean>();
  const tracked = (p: string) => inGit && (trackedCache.get(p) ?? trackedCache.set(p, isTracked(root, p)).get(p)!);
  const input: Omit<FixInput, "files"> = {
    rules: s.ruleById,
    project: detectProject(root),
    reads: projectReads(root, inGit, scanned),
    existing: (p) => aux.text(p),
    tracked,
  };
  const plan = planFix({ files, ...input });
  const unfixed: Unfixed[] = [...left, ...plan.files.flatMap((f) => f.unfixed)];

  // What fix leaves, and why.
  for (const { finding: f, reason } of unfixed)
    out(`${f.file}:${f.line}:${f.column}  ${f.ruleId}  not fixable automatically: ${reason}\n`);
  if (plan.conflicts.length > 0) throw conflictsError(plan.conflicts);
  const changedFiles = plan.files.filter((f) => f.fixed.length > 0);
  if (changedFiles.length === 0) {
    if (unfixed.length > 0) say(`${count(unfixed.length, "secret")} left to fix by hand (see above)`);
    return unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  }

  // .env must really be ignored before it holds a value: git is asked, not the file leakproof would write.
  if (inGit) refuseUnignorable(root, plan, aux);

  // The diff, every secret in it masked (context lines too) unless --no-redact.
  const shown = opts.values["no-redact"] ? {} : { mask: maskForDiff(plan, s) };
  for (const a of plan.aux) out(unifiedDiff(a.path, a.before, a.after, shown));
  for (const f of changedFiles) out(unifiedDiff(f.path, f.before, f.after, shown));

  if (!(await confirmed(opts))) return EXIT.findings;

  // Files changed since the scan are left alone; the rest is planned again without them.
  let final = plan;
  let status: number = unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  const changedSince = changedFiles.filter((f) => !unchanged(root, f.path, scanned.get(f.path)!.bytes));
  if (changedSince.length > 0) {
    for (const f of changedSince) say(`error: ${changedSinceScan(f.path)}`);
    status = EXIT.error;
    final = planFix({ files: files.filter((f) => !changedSince.some((c) => c.path === f.path)), ...input });
    const same = final.files.every((f) => f.after === plan.files.find((p) => p.path === f.path)?.after);
    if (!same || final.conflicts.length > 0) throw notAsShownError();
  }

  // Unstaged edits to .gitignore / .env.example are the user's: such a file is written but not staged.
  const staging = opts.values.staged === true && inGit;
  const stageable = staging ? stageableAux(root, final, tracked) : [];
  // The value is safely in .env (ignored by git) before any source line changes.
  const written = writeFix(root, final, aux, scanned);
  for (const p of written.changed) say(`error: ${changedSinceScan(p)}`);
  if (written.changed.length > 0) status = EXIT.error;
  const notIgnored = inGit ? unignored(root, final) : [];
  for (const p of notIgnored) say(`error: ${notIgnoredMessage(p)}`);
  if (notIgnored.length > 0) status = EXIT.error;
  if (staging && written.files.length > 0) for (const n of stageFix(root, final, written, stageable)) say(n);

  const summary = fixSummary({
    plan: final,
    rules: s.ruleById,
    fixedPaths: written.files,
    project: input.project,
    committed: inGit ? (p) => headBytes(root, p)?.toString("latin1") : undefined,
    adviseStaging: stagedScope && !opts.values.staged && inGit,
    gitIgnores: notIgnored.length === 0,
  });
  for (const line of summary) say(line);
  if (unfixed.length > 0) say(`${count(unfixed.length, "secret")} left to fix by hand (listed above)`);
  return status;
}

/** --dry-run: no; --yes: yes; otherwise the person at the terminal says (no terminal: no). */
async function confirmed(opts: Options): Promise<boolean> {
  if (opts.values["dry-run"]) {
    say("dry run: nothing was written");
    return false;
  }
  if (opts.values.yes) return true;
  const answer = await ask("Apply? [y/N] ");
  if (answer === undefined) say("not a terminal: nothing was written; run with --yes to apply");
  else if (!/^y(es)?$/i.test(answer.trim())) say("nothing was written");
  else return true;
  return false;
}

function unchanged(root: string, path: string, bytes: Buffer): boolean {
  return snapshot(join(root, path)).hash === hashOf(bytes);
}

/** Every secret the shown texts hold (found now in the whole files, .env values, the fixed ones), masked. */
function maskForDiff(plan: FixPlan, s: Setup): (line: string) => string {
  const detector = createDetector(s.rules, s.prebuilt);
  const texts = [
    ...plan.aux.flatMap((a) => [
      { path: a.path, text: a.before, env: a.role === "env" },
      { path: a.path, text: a.after, env: a.role === "env" },
    ]),
    ...plan.files.flatMap((f) => [
      { path: f.path, text: f.before },
      { path: f.path, text: f.after },
    ]),
  ];
  const known = [
    ...plan.files.flatMap((f) => [...f.fixed, ...f.unfixed].map((x) => x.finding.secret)),
    ...plan.entries.map((e) => e.value),
  ];
  return diffMask(texts, known, (path, text) => detector.detect({ path, text, startLine: 1 }));
}

/** The .env files the plan fills. */
function envFiles(plan: FixPlan): string[] {
  return [...new Set(plan.entries.map((e) => e.envFile))];
}

/** The .env files git does not ignore (after the write). */
function unignored(root: string, plan: FixPlan): string[] {
  const paths = envFiles(plan);
  const ignored = ignoredAmong(root, paths);
  return paths.filter((p) => !ignored.has(p));
}

function notIgnoredMessage(path: string): string {
  return `git does not ignore ${path}, which now holds the values: add it to .gitignore (as UTF-8) before anything stages it`;
}

/**
 * Before writing: a .gitignore leakproof would append to must be one git reads (git reads
 * .gitignore as UTF-8 bytes: a UTF-16 one applies none of its lines), and a .env the plan
 * believes ignored must be ignored by git itself (a `!.env` elsewhere, core.excludesFile…).
 */
function refuseUnignorable(root: string, plan: FixPlan, aux: AuxFiles): void {
  const gi = plan.aux.find((a) => a.role === "gitignore");
  if (gi) {
    const enc = aux.encoding(gi.path);
    if (enc === "utf16le" || enc === "utf16be")
      throw new FixError(
        [
          `${gi.path} is UTF-16: git reads .gitignore as UTF-8, so none of its lines apply and .env would not be ignored`,
        ],
        `Convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 ${gi.path}), then run leakproof fix again. Nothing was written.`,
      );
    return;
  }
  const notIgnored = unignored(root, plan);
  if (notIgnored.length > 0)
    throw new FixError(
      notIgnored.map(
        (p) =>
          `git does not ignore ${p}, although .gitignore seems to (is a file UTF-16, or is it re-included by a ! line?)`,
      ),
      "Make git ignore it (git check-ignore -v " +
        notIgnored[0] +
        " says why not), then run leakproof fix again. Nothing was written.",
    );
}

/** Findings in the files the working tree changed beyond the index (as `leakproof fix PATH...` would see them). */
async function unstagedFindings(cwd: string, root: string, opts: Options): Promise<Finding[]> {
  const paths = await unstagedPaths(root);
  if (paths.length === 0) return [];
  const { targets } = dirTargets(cwd, { ...opts, positionals: paths.map((p) => join(root, p)) });
  return targets.flatMap((t) => t.findings);
}
