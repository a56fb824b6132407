// leakproof django [PATH]: Django's deployment checklist (check --deploy), statically, on the
// project's production settings. Same reports, baseline and exit codes as the scanning commands.
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { applyBaseline, formatBaseline, readBaseline } from "../../baseline/baseline.js";
import { withAdditions } from "../../django/apply.js";
import { checkDeploy } from "../../django/deploy.js";
import type { Addition } from "../../django/findings.js";
import { encode, decodeExact } from "../../encoding.js";
import { ChangedError, snapshot, writeAtomic } from "../../remedy/apply.js";
import { unifiedDiff } from "../../remedy/unified.js";
import type { Finding } from "../../types.js";
import { ask } from "../prompt.js";
import { nearestRepoDir } from "../../git/repo.js";
import { maskFindings } from "../../report/mask.js";
import { byPlace } from "../../report/order.js";
import { EXIT, UsageError } from "../errors.js";
import { writeOutput } from "../output.js";
import type { Options } from "../options.js";
import { writeReport } from "../scan.js";

const FORMATS = ["text", "json", "sarif", "github"] as const;

export async function run(opts: Options): Promise<number> {
  const format = opts.values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  if (opts.positionals.length > 1)
    throw new UsageError("usage: leakproof django [PATH] (one project directory or settings file)");
  const given = resolve(opts.positionals[0] ?? ".");
  if (!existsSync(given)) throw new UsageError(`${opts.positionals[0]}: no such file or directory`);
  // A settings file given as PATH is checked as production, in the project that holds it.
  const isFile = statSync(given).isFile();
  const root = isFile ? projectRoot(given) : given;
  const settings = [...(opts.values.settings ?? []), ...(isFile ? [relative(root, given).split("\\").join("/")] : [])];
  const result = checkDeploy(root, { settings, all: opts.values["all-settings"] ?? false });

  const quiet = opts.values.quiet ?? false;
  if (!quiet) for (const n of result.notes) process.stderr.write(`leakproof: ${n}\n`);
  // Paths are relative to the project directory. An allow comment on the line reported suppresses it.
  let findings = result.findings.filter((f) => !f.lineText.includes("leakproof:allow"));
  const write = opts.values["write-baseline"];
  if (write) {
    writeOutput("the baseline", write, formatBaseline(findings));
    if (!quiet) process.stderr.write(`leakproof: wrote ${findings.length} accepted findings to ${write}\n`);
    return EXIT.clean;
  }
  if (opts.values.baseline) findings = applyBaseline(findings, readBaseline(opts.values.baseline)).kept;
  if (!opts.values["no-redact"]) findings = maskFindings(findings).findings;
  findings.sort(byPlace);

  if (opts.values.fix) findings = await applyFixes(root, findings, result.additions, opts);

  await writeReport(findings, opts, { rules: new Map(), notes: result.notes, scan: "django" });
  return findings.length > 0 ? EXIT.findings : EXIT.clean;
}

/**
 * --fix: adds the missing settings the checks data marks safe to the production module (diff shown;
 * --dry-run only shows it, --yes applies without asking, else the person at the terminal says).
 * Values set explicitly are never changed. Returns the findings still open.
 */
async function applyFixes(
  root: string,
  findings: Finding[],
  additions: ReadonlyMap<string, Addition>,
  opts: Options,
): Promise<Finding[]> {
  const say = (s: string) => process.stderr.write(`leakproof: ${s}\n`);
  const byFile = new Map<string, Addition[]>();
  const fixed = new Set<string>();
  for (const f of findings) {
    const a = additions.get(f.fingerprint);
    if (!a) continue;
    fixed.add(f.fingerprint);
    byFile.set(a.file, [...(byFile.get(a.file) ?? []), a]);
  }
  if (byFile.size === 0) {
    say("nothing to add safely: what remains is set explicitly, or needs a decision (see each fix)");
    return findings;
  }
  const planned = [...byFile].map(([file, adds]) => {
    const abs = join(root, file);
    const snap = snapshot(abs);
    const decoded = snap.bytes ? decodeExact(snap.bytes) : undefined;
    if (!decoded) throw new UsageError(`${file}: cannot rewrite it (not a text file leakproof can write back exactly)`);
    return { file, abs, hash: snap.hash, decoded, after: withAdditions(decoded.text, adds) };
  });
  // The diff goes with the report when that is text on stdout; beside a JSON or SARIF report, to stderr.
  const toStdout = (opts.values.format ?? "text") === "text" && !opts.values.output;
  for (const p of planned)
    (toStdout ? process.stdout : process.stderr).write(unifiedDiff(p.file, p.decoded.text, p.after));
  let apply = false;
  if (opts.values["dry-run"]) say("dry run: nothing was written");
  else if (opts.values.yes) apply = true;
  else {
    const answer = await ask("Apply? [y/N] ");
    if (answer === undefined) say("not a terminal: nothing was written; run with --yes to apply");
    else if (!/^y(es)?$/i.test(answer.trim())) say("nothing was written");
    else apply = true;
  }
  if (!apply) return findings;
  for (const p of planned) {
    try {
      writeAtomic(p.abs, encode(p.after, p.decoded.encoding), p.hash, 0o644, p.file);
    } catch (e) {
      if (e instanceof ChangedError) throw new UsageError(e.message);
      throw e;
    }
    say(`added ${byFile.get(p.file)!.length} setting(s) to ${p.file}`);
  }
  return findings.filter((f) => !fixed.has(f.fingerprint));
}

/** The project a settings file belongs to: the nearest directory above it with manage.py, else the repository, else the cwd. */
function projectRoot(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "manage.py"))) return dir;
    if (dirname(dir) === dir) break;
  }
  const cwd = process.cwd();
  return nearestRepoDir(dirname(file)) ?? (file.startsWith(cwd + sep) ? cwd : dirname(file));
}
