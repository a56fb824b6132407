// The pipeline every scanning command shares, after its source:
// findings → baseline → remedies → masking → sorting → report → exit code.
import type { Finding, Rule, RuleSet } from "../types.js";
import { loadRuleDir, PACK_FILE, PATTERNS_DIR } from "../rules/load.js";
import { loadPrebuilt, PREBUILT_FILES } from "../rules/prebuilt.js";
import { filesOf, reuse } from "../rules/reuse.js";
import type { SavedMatcher } from "../detect/keywords.js";
import { loadConfig, type Config } from "../config/config.js";
import { applyBaseline, baselineFor, formatBaseline, OUTDATED_BASELINE, readBaseline } from "../baseline/baseline.js";
import { applyRemedies, type RemedyContext } from "../remedy/remedy.js";
import { detectProject } from "../remedy/project.js";
import { maskFindings } from "../report/mask.js";
import { withPublicFingerprints } from "../detect/fingerprint.js";
import { byPlace } from "../report/order.js";
import type { ReportContext, Reporter } from "../report/reporter.js";
import { EXIT, UsageError } from "./errors.js";
import { appendOutput, writeOutput } from "./output.js";
import type { Options } from "./options.js";
import { version } from "./version.js";

export interface Setup {
  root: string;
  rules: RuleSet;
  /** The build's keyword automaton for the shipped rules (createDetector checks it fits). */
  prebuilt: SavedMatcher | undefined;
  config: Config;
  ruleById: ReadonlyMap<string, Rule>;
  /** Bytes: --max-file-size (MB), else the config's maxFileSize, else 10 MiB. Larger files are skipped with a note. */
  maxFileSize: number;
}

const DEFAULT_MAX_MB = 10;
/** Bytes: the size limit when neither --max-file-size nor the config sets one. */
export const DEFAULT_MAX_FILE_SIZE = DEFAULT_MAX_MB * 1048576;

const FORMATS = ["text", "json", "sarif", "github"] as const;

export function setup(root: string, opts: Options): Setup {
  for (const { format } of opts.reports)
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(", ")} (not "${format}")`);
  // The daemon's runs share what is loaded (rules/reuse.ts).
  const builtin = reuse("rules", [...filesOf(PATTERNS_DIR), PACK_FILE], () => loadRuleDir());
  const { config, rules } = loadConfig(root, opts.values.config, builtin);
  if (rules.rules.length === 0)
    throw new UsageError(
      `${config.file ?? "the configuration"} disables every rule: a scan without rules would pass everything`,
    );
  const maxFileSize = megabytes(opts.values["max-file-size"]) ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  return {
    root,
    rules,
    config,
    maxFileSize,
    prebuilt: reuse("prebuilt", PREBUILT_FILES, loadPrebuilt),
    ruleById: new Map(rules.rules.map((r) => [r.id, r])),
  };
}

function megabytes(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size takes a number of megabytes, not "${v}"`);
  return Math.round(mb * 1048576);
}

/** What a scan found, and how to finish it. */
export interface ScanOutcome {
  found: Finding[];
  /** Notes about the scan itself (skipped files, shallow history), already printed on stderr. */
  notes: string[];
  /** A file's whole text, when the source can give it (remedies read imports). */
  fileText: RemedyContext["fileText"];
  /** The scan saw everything (not only changed lines): baseline entries it did not meet are stale. */
  complete?: boolean;
  /** Adds to the findings after remedies, before masking (history: whether each secret is still at HEAD). */
  annotate?: (findings: Finding[]) => void | Promise<void>;
  /** Which scan this is, for reporters that word things differently (see ReportContext.scan). */
  scan?: ReportContext["scan"];
  /** The fix command the report ends with, from the findings as reported (staged: cli/hint.ts). */
  fixHint?: (findings: readonly Finding[]) => string | undefined;
}

export async function finish(s: Setup, opts: Options, how: ScanOutcome): Promise<number> {
  const { found, notes, fileText } = how;
  const write = opts.values["write-baseline"];
  if (write) {
    writeOutput("the baseline", write, formatBaseline(found));
    const n = new Set(found.map((f) => f.fingerprint)).size;
    if (!opts.values.quiet)
      process.stderr.write(`leakproof: wrote ${n} accepted finding${n === 1 ? "" : "s"} to ${write}\n`);
    return EXIT.clean;
  }
  let findings = found;
  if (opts.values["exclude-tests"]) findings = excludeTests(findings, how.scan, opts, notes);
  const baseline = baselineFor(s.root, opts.values.baseline, s.config.baseline);
  if (baseline) {
    const { kept, stale, outdated } = applyBaseline(findings, readBaseline(baseline));
    findings = kept;
    if (outdated) {
      notes.push(OUTDATED_BASELINE);
      if (!opts.values.quiet) process.stderr.write(`leakproof: ${OUTDATED_BASELINE}\n`);
    }
    if (how.complete && stale.length > 0) {
      const list = stale
        .slice(0, 10)
        .map((e) => `${e.ruleId} in ${e.file}`)
        .join(", ");
      const note = `${stale.length} baseline entr${stale.length === 1 ? "y no longer matches" : "ies no longer match"} anything (${list}${stale.length > 10 ? ", …" : ""}); rewrite it with leakproof baseline`;
      notes.push(note);
      if (!opts.values.quiet) process.stderr.write(`leakproof: ${note}\n`);
    }
  }
  // The project's libraries matter only for a fix to suggest: a clean scan (the usual commit) skips reading them.
  if (findings.length > 0) findings = applyRemedies(findings, s.ruleById, { project: detectProject(s.root), fileText });
  await how.annotate?.(findings);
  const format = opts.values.format ?? "text";
  // Formats that print fingerprints get the slow, salted ones (never the fast internal hash).
  if (format === "json" || format === "sarif") findings = await withPublicFingerprints(findings);
  let reportNotes = notes;
  if (!opts.values["no-redact"]) {
    const masked = maskFindings(findings);
    findings = masked.findings;
    reportNotes = notes.map((n) => masked.masker.mask(n));
  }
  // Deterministic whatever order the source produced (history: several gits at once).
  findings.sort(byPlace);

  const fixHint = findings.length > 0 ? how.fixHint?.(findings) : undefined;
  await writeReport(findings, opts, {
    rules: s.ruleById,
    notes: reportNotes,
    ...(how.scan ? { scan: how.scan } : {}),
    ...(fixHint !== undefined ? { fixHint } : {}),
  });
  return findings.length > 0 ? EXIT.findings : EXIT.clean;
}

/**
 * Renders the findings (masked and sorted already) in each --format and writes each report where
 * it goes (its --output, else stdout; one scan, several reports: a CI job's log and its SARIF
 * file); with the github format on GitHub Actions, a summary on the run's page.
 */
export async function writeReport(
  findings: readonly Finding[],
  opts: Options,
  ctx: Pick<ReportContext, "rules" | "notes" | "scan" | "fixHint">,
): Promise<void> {
  for (const { format, output } of opts.reports) {
    const reporter = await loadReporter(format);
    const color = !output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const report = reporter(findings, { ...ctx, toolVersion: version(), color });
    if (output) writeOutput("the report", output, report);
    else process.stdout.write(report);
    const stepSummary = process.env.GITHUB_STEP_SUMMARY;
    if (format === "github" && stepSummary)
      appendOutput("the step summary", stepSummary, (await import("../report/github.js")).summary(findings));
  }
}

/**
 * --exclude-tests: an audit of the code proper leaves out values in tests, docs and examples, and
 * says how many. Never for the pre-commit scan: a key added to a test file is still a key.
 */
function excludeTests(findings: Finding[], scan: ScanOutcome["scan"], opts: Options, notes: string[]): Finding[] {
  if (scan === "staged")
    throw new UsageError("--exclude-tests is for dir and history; staged reports every file it is given");
  const kept = findings.filter((f) => f.scope === undefined);
  const left = findings.length - kept.length;
  if (left > 0) {
    const note = `left out ${left} finding${left === 1 ? "" : "s"} in tests, docs and examples (--exclude-tests)`;
    notes.push(note);
    if (!opts.values.quiet) process.stderr.write(`leakproof: ${note}\n`);
  }
  return kept;
}

async function loadReporter(format: string): Promise<Reporter> {
  switch (format) {
    case "json":
      return (await import("../report/json.js")).json;
    case "sarif":
      return (await import("../report/sarif.js")).sarif;
    case "github":
      return (await import("../report/github.js")).github;
    default:
      return (await import("../report/text.js")).text;
  }
}
