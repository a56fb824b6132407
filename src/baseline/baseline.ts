// Baselines: accepted findings, keyed by fingerprint (rule + path + secret hash; never the line),
// written sorted and without timestamps so the file merges cleanly.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nearestRepoDir } from "../git/repo.js";
import type { Finding } from "../types.js";
import { RuleError } from "../rules/schema.js";
import { byCodeUnits } from "../lists.js";

/** Where `leakproof baseline` writes by default (at the repository root, else in cwd), and where every scan looks without being told. */
export const DEFAULT_BASELINE = ".leakproof-baseline.json";

export function baselinePath(cwd: string): string {
  return join(nearestRepoDir(cwd) ?? cwd, DEFAULT_BASELINE);
}

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

/**
 * The baseline a scan reads: --baseline FILE, else the config's `baseline` key, else
 * .leakproof-baseline.json at the root when there is one. The first two must exist (readBaseline says so).
 */
export function baselineFor(
  root: string,
  flag: string | undefined,
  configured: string | undefined,
): string | undefined {
  if (flag) return flag;
  if (configured) return configured;
  const found = join(root, DEFAULT_BASELINE);
  return existsSync(found) ? found : undefined;
}

export function readBaseline(file: string): BaselineEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RuleError(
      file,
      undefined,
      code === "ENOENT" ? "baseline file not found" : `invalid baseline: ${(e as Error).message}`,
    );
  }
  const entries = (doc as { findings?: unknown }).findings;
  if ((doc as { version?: unknown }).version !== 1 || !Array.isArray(entries)) {
    throw new RuleError(file, undefined, 'invalid baseline: expected { "version": 1, "findings": [...] }');
  }
  return entries.map((e, i) => {
    const x = e as Partial<BaselineEntry>;
    if (typeof x.fingerprint !== "string")
      throw new RuleError(file, undefined, `invalid baseline: entry ${i + 1} has no fingerprint`);
    return { fingerprint: x.fingerprint, ruleId: String(x.ruleId ?? ""), file: String(x.file ?? "") };
  });
}

export function formatBaseline(findings: readonly Pick<Finding, "fingerprint" | "ruleId" | "file">[]): string {
  const seen = new Map<string, BaselineEntry>();
  for (const f of findings) seen.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  const entries = [...seen.values()].sort((a, b) => byCodeUnits(a.fingerprint, b.fingerprint));
  return JSON.stringify({ version: 1, findings: entries }, null, 2) + "\n";
}

/** Findings not in the baseline, and the entries no finding met (stale, on a scan that saw everything). */
export function applyBaseline(
  found: readonly Finding[],
  entries: readonly BaselineEntry[],
): { kept: Finding[]; stale: BaselineEntry[] } {
  const accepted = new Set(entries.map((e) => e.fingerprint));
  const met = new Set(found.map((f) => f.fingerprint));
  return {
    kept: found.filter((f) => !accepted.has(f.fingerprint)),
    stale: entries.filter((e) => !met.has(e.fingerprint)),
  };
}
