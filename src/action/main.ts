// The GitHub Action's script (action.yml runs it): works out which commits the event brings,
// scans them with `leakproof history`, leaves GitHub annotations in the log, a SARIF file for
// code scanning, and outputs for the next steps. Kept out of YAML so a test can run it.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const ZERO = /^0+$/;

interface Event {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
  before?: string;
  after?: string;
}

/** The revision ranges to scan: the input wins; then the pull request's or the push's commits; else everything. */
export function rangesFor(eventName: string, event: Event, input: string): string[] {
  if (input.trim()) return input.trim().split(/\s+/);
  const pr = event.pull_request;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && pr?.base?.sha && pr.head?.sha) {
    return [`${pr.base.sha}..${pr.head.sha}`];
  }
  if (eventName === "push" && event.after && !ZERO.test(event.after)) {
    // A new branch has no "before": scan what it can reach (the whole history, as a first scan does).
    return event.before && !ZERO.test(event.before) ? [`${event.before}..${event.after}`] : [event.after];
  }
  return [];
}

function main(): number {
  const env = process.env;
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let event: Event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Event;
    } catch (e) {
      process.stderr.write(
        `leakproof: cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(e as Error).message}\n`,
      );
      return 2;
    }
  }
  const ranges = rangesFor(eventName, event, env.INPUT_RANGE ?? "");
  const extra = (env.INPUT_ARGS ?? "").trim().split(/\s+/).filter(Boolean);
  const sarifFile = env.INPUT_SARIF_FILE || "leakproof.sarif";
  process.stdout.write(`leakproof: scanning ${ranges.length > 0 ? ranges.join(" ") : "the whole history"}\n`);

  // Annotations and the step summary first (their output goes to the log GitHub reads), then SARIF.
  const annotate = run(["history", ...ranges, "--format", "github", ...extra], "inherit");
  if (annotate === 2) return output(2, "");
  const sarif = run(["history", ...ranges, "--format", "sarif", "--output", sarifFile, "--quiet", ...extra], "ignore");
  return output(annotate, sarif === 2 ? "" : sarifFile);
}

function run(args: string[], stdio: "inherit" | "ignore"): number {
  // CI: a pull request's own settings changes do not judge it (see cli/rangesettings.ts), even on a runner that does not say CI.
  const env = { ...process.env, CI: process.env.CI || "true" };
  const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ["ignore", stdio, "inherit"], env });
  return r.status ?? 2;
}

function output(code: number, sarif: string): number {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}\nsarif=${sarif}\n`);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
