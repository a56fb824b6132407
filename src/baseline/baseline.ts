// Baselines: accepted findings, keyed by fingerprint (rule + path + secret hash; never the line),
// written sorted and without timestamps so the file merges cleanly.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { nearestRepoDir } from "../git/repo.js";
import { BASELINE_FILE, FileRefused, readRegular } from "../sources/regular.js";
import type { Finding } from "../types.js";
import { RuleError } from "../rules/schema.js";
import { byCodeUnits } from "../lists.js";
import { publicFingerprint } from "../detect/fingerprint.js";

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

/**
 * Version 2 holds public fingerprints (scrypt, see detect/fingerprint.ts). Version 1 held fast
 * SHA-256 ones, which a dictionary reverses for weak secrets: still honoured, with a note to rewrite.
 */
export interface Baseline {
  version: 1 | 2;
  entries: BaselineEntry[];
}

export const BASELINE_VERSION = 2;

export function readBaseline(file: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(readRegular(file, BASELINE_FILE).toString("utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RuleError(
      file,
      undefined,
      code === "ENOENT"
        ? "baseline file not found"
        : e instanceof FileRefused
          ? `cannot read baseline: ${e.reason}`
          : `invalid baseline: ${(e as Error).message}`,
    );
  }
  const entries = (doc as { findings?: unknown }).findings;
  const version = (doc as { version?: unknown }).version;
  if ((version !== 1 && version !== 2) || !Array.isArray(entries)) {
    throw new RuleError(file, undefined, 'invalid baseline: expected { "version": 2, "findings": [...] }');
  }
  return {
    version,
    entries: entries.map((e, i) => {
      const x = e as Partial<BaselineEntry>;
      if (typeof x.fingerprint !== "string")
        throw new RuleError(file, undefined, `invalid baseline: entry ${i + 1} has no fingerprint`);
      return { fingerprint: x.fingerprint, ruleId: String(x.ruleId ?? ""), file: String(x.file ?? "") };
    }),
  };
}

export function formatBaseline(findings: readonly Finding[]): string {
  return formatEntries(
    findings.map((f) => ({
      fingerprint: publicFingerprint(f.ruleId, f.file, f.secret),
      ruleId: f.ruleId,
      file: f.file,
    })),
  );
}

/** Entries already fingerprinted (several scans' baselines merged into one), written the same way. */
export function formatEntries(list: readonly BaselineEntry[]): string {
  const seen = new Map<string, BaselineEntry>();
  for (const e of list) seen.set(e.fingerprint, e);
  const entries = [...seen.values()].sort((a, b) => byCodeUnits(a.fingerprint, b.fingerprint));
  return JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2) + "\n";
}

/** The note for a version-1 baseline. */
export const OUTDATED_BASELINE =
  "the baseline uses version-1 fingerprints (a fast hash a dictionary reverses for weak secrets): rewrite it with leakproof baseline";

/**
 * Findings not in the baseline, and the entries no finding met (stale, on a scan that saw
 * everything). Only findings of a rule and file the baseline names are hashed (the slow hash).
 */
export function applyBaseline(
  found: readonly Finding[],
  baseline: Baseline,
): { kept: Finding[]; stale: BaselineEntry[]; outdated: boolean } {
  const accepted = new Set(baseline.entries.map((e) => e.fingerprint));
  const named = new Set(baseline.entries.map((e) => `${e.ruleId}\0${e.file}`));
  const met = new Set<string>();
  const kept = found.filter((f) => {
    if (baseline.version === 2 && !named.has(`${f.ruleId}\0${f.file}`)) return true;
    const fp = baseline.version === 1 ? f.fingerprint : publicFingerprint(f.ruleId, f.file, f.secret);
    met.add(fp);
    return !accepted.has(fp);
  });
  return { kept, stale: baseline.entries.filter((e) => !met.has(e.fingerprint)), outdated: baseline.version === 1 };
}
