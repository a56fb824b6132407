// leakproof django [PATH]: Django's deployment checklist (check --deploy), statically, on the
// project's production settings. Same reports, baseline and exit codes as the scanning commands.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { applyBaseline, formatBaseline, readBaseline } from "../../baseline/baseline.js";
import { checkDeploy } from "../../django/deploy.js";
import { nearestRepoDir } from "../../git/repo.js";
import { maskFinding } from "../../report/mask.js";
import { byPlace } from "../../report/order.js";
import type { Reporter } from "../../report/reporter.js";
import { EXIT, UsageError } from "../errors.js";
import type { Options } from "../options.js";
import { version } from "../version.js";

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
  const root = isFile ? (nearestRepoDir(dirname(given)) ?? dirname(given)) : given;
  const settings = [...(opts.values.settings ?? []), ...(isFile ? [relative(root, given).split("\\").join("/")] : [])];
  const result = checkDeploy(root, { settings, all: opts.values["all-settings"] ?? false });

  const quiet = opts.values.quiet ?? false;
  if (!quiet) for (const n of result.notes) process.stderr.write(`leakproof: ${n}\n`);
  // Paths are relative to the project directory. An allow comment on the line reported suppresses it.
  let findings = result.findings.filter((f) => !f.lineText.includes("leakproof:allow"));
  const write = opts.values["write-baseline"];
  if (write) {
    writeFileSync(write, formatBaseline(findings));
    if (!quiet) process.stderr.write(`leakproof: wrote ${findings.length} accepted findings to ${write}\n`);
    return EXIT.clean;
  }
  if (opts.values.baseline) findings = applyBaseline(findings, readBaseline(opts.values.baseline)).kept;
  if (!opts.values["no-redact"]) findings = findings.map((f) => (f.secret ? maskFinding(f) : f));
  findings.sort(byPlace);

  const reporter = await loadReporter(format);
  const color = !opts.values.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = reporter(findings, {
    rules: new Map(),
    toolVersion: version(),
    color,
    notes: result.notes,
    scan: "django",
  });
  if (opts.values.output) writeFileSync(opts.values.output, report);
  else process.stdout.write(report);
  return findings.length > 0 ? EXIT.findings : EXIT.clean;
}

async function loadReporter(format: string): Promise<Reporter> {
  switch (format) {
    case "json":
      return (await import("../../report/json.js")).json;
    case "sarif":
      return (await import("../../report/sarif.js")).sarif;
    case "github":
      return (await import("../../report/github.js")).github;
    default:
      return (await import("../../report/text.js")).text;
  }
}
