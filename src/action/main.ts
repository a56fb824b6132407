// The GitHub Action's script (action.yml runs it from the committed dist/, no install or build):
// works out which commits the event brings, scans them once with `leakproof history`, writing
// GitHub annotations and the step summary to the log and a SARIF file for code scanning, and sets
// the outputs the next steps read. Kept out of YAML so a test can run it.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isCommit, isShallow, newCommits } from "../git/range.js";

const CLI = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const ZERO = /^0+$/;

interface Event {
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
  before?: string;
  after?: string;
  ref?: string;
}

/** What to scan: revision arguments, everything reachable (audit), or nothing (a branch deleted). */
export type Scope = { revs: string[]; why: string } | { all: true; why: string } | { nothing: string };

/**
 * The input wins; then the pull request's commits (base..head); then the push's (before..after).
 * Where that base is unusable (a new branch: all zeros; a force-push: the old tip is in no ref
 * here; a pull request whose base is not here, in a full clone), the commits the tip brought that
 * no other branch has. Other events (schedule, workflow_dispatch) audit everything reachable.
 */
export async function scopeFor(cwd: string, eventName: string, event: Event, input: string, ref = ""): Promise<Scope> {
  if (input.trim()) return { revs: input.trim().split(/\s+/), why: "the range given" };
  const pr = event.pull_request;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && pr?.head?.sha) {
    const base = pr.base?.sha;
    // In a shallow clone a missing base is an error that says how to fetch it (history checks ranges).
    if (base && ((await isCommit(cwd, base)) || (await isShallow(cwd))))
      return { revs: [`${base}..${pr.head.sha}`], why: "the pull request's commits" };
    return {
      revs: await newCommits(cwd, pr.head.sha),
      why: "the pull request's commits that no other branch has (its base is not in this clone)",
    };
  }
  if (eventName === "push") {
    const after = event.after;
    if (!after || ZERO.test(after)) return { nothing: "the push deleted a branch: nothing to scan" };
    const before = event.before;
    if (before && !ZERO.test(before) && (await isCommit(cwd, before)))
      return { revs: [`${before}..${after}`], why: "the pushed commits" };
    return {
      revs: await newCommits(cwd, after, event.ref ?? ref),
      why:
        before && !ZERO.test(before)
          ? "the pushed commits that no other branch has (the old tip is in no ref here: a force-push?)"
          : "the new branch's commits that no other branch has",
    };
  }
  return { all: true, why: "every commit reachable from any ref" };
}

async function main(): Promise<number> {
  const env = process.env;
  const cwd = process.cwd();
  let event: Event = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Event;
    } catch (e) {
      process.stderr.write(
        `leakproof: cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(e as Error).message}\n`,
      );
      return output(2, "");
    }
  }
  let scope: Scope;
  try {
    scope = await scopeFor(cwd, env.GITHUB_EVENT_NAME ?? "", event, env.INPUT_RANGE ?? "", env.GITHUB_REF);
  } catch (e) {
    process.stderr.write(`leakproof: cannot work out what to scan: ${(e as Error).message}\n`);
    return output(2, "");
  }
  if ("nothing" in scope) {
    process.stdout.write(`leakproof: ${scope.nothing}\n`);
    return output(0, "");
  }
  const revs = "revs" in scope ? scope.revs : [];
  const extra = (env.INPUT_ARGS ?? "").trim().split(/\s+/).filter(Boolean);
  const sarifFile = env.INPUT_SARIF_FILE || "leakproof.sarif";
  process.stdout.write(
    `leakproof: scanning ${scope.why}${revs.length > 0 && revs.length <= 4 ? ` (${revs.join(" ")})` : ""}\n`,
  );
  // One scan, two reports: annotations and the step summary on stdout (the log GitHub reads), SARIF to a file.
  const code = run([
    "history",
    "--format",
    "github",
    "--output",
    "-",
    "--format",
    "sarif",
    "--output",
    sarifFile,
    ...extra,
    "--",
    ...revs,
  ]);
  return output(code, code === 2 ? "" : sarifFile);
}

function run(args: string[]): number {
  // CI: a pull request's own settings changes do not judge it (see cli/rangesettings.ts), even on a runner that does not say CI.
  const env = { ...process.env, CI: process.env.CI || "true" };
  const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ["ignore", "inherit", "inherit"], env });
  return r.status ?? 2;
}

function output(code: number, sarif: string): number {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}\nsarif=${sarif}\n`);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main().then(
    (c) => (process.exitCode = c),
    (e: unknown) => {
      process.stderr.write(`leakproof: ${(e as Error).message ?? String(e)}\n`);
      process.exitCode = output(2, "");
    },
  );
