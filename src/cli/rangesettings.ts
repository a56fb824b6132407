// In CI, a scanned range must not silence its own scan: a pull request that adds a
// .leakproof.toml allowlisting everything, a .leakproofignore, or accepts its secrets in the
// baseline would otherwise come back clean. When the range's commits change one of those files,
// the scan uses them as they were at the range's base (the branch the commits go into) and says
// so; with no base (a new branch) the repository's own settings are not used at all.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { endpoints } from "../git/history.js";
import { fileAtRev, touchedInRange } from "../git/rangefiles.js";
import { CONFIG_NAME } from "../config/config.js";
import type { Options } from "./options.js";

const IGNORE_NAME = ".leakproofignore";
const MAX = 64 * 1048576;

export interface RangeSettings {
  /** The options with --config / --baseline pointing at the base's versions. */
  opts: Options;
  /** The .leakproofignore to use instead of the one at the root (an empty file: none). */
  ignoreFile: string;
  /** What was done, for the report and stderr. */
  note: string;
  /** Removes the temporary copies. */
  cleanup(): void;
}

/** Whether this runs in CI (CI=true, as GitHub Actions, GitLab CI and most others set it). */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? "").toLowerCase();
  return (v !== "" && v !== "0" && v !== "false") || env.GITHUB_ACTIONS === "true";
}

/** A path given on the command line, repo-relative POSIX when it lies inside the repository. */
function inRepo(root: string, cwd: string, path: string): string | undefined {
  const rel = relative(root, resolve(cwd, path));
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? undefined : rel.split("\\").join("/");
}

/**
 * Undefined when nothing needs replacing: not CI, no ranges, or the ranges change none of the
 * settings files. Otherwise the settings as they were at the base.
 */
export function rangeSettings(
  cwd: string,
  root: string,
  ranges: readonly string[],
  opts: Options,
): RangeSettings | undefined {
  if (ranges.length === 0 || !inCI()) return undefined;
  const config = opts.values.config !== undefined ? inRepo(root, cwd, opts.values.config) : CONFIG_NAME;
  const baseline = opts.values.baseline !== undefined ? inRepo(root, cwd, opts.values.baseline) : undefined;
  const files = [config, opts.values["no-ignore"] ? undefined : IGNORE_NAME, baseline].filter(
    (p): p is string => p !== undefined,
  );
  const changed = touchedInRange(cwd, ranges, files);
  if (changed.length === 0) return undefined;

  const base = endpoints(ranges).exclude[0];
  const dir = mkdtempSync(join(tmpdir(), "leakproof-base-"));
  const copy = (path: string | undefined, name: string, fallback: string): string | undefined => {
    if (path === undefined) return undefined;
    const bytes = base !== undefined ? fileAtRev(cwd, base, path, MAX) : undefined;
    if (bytes === undefined && path === baseline) return undefined; // no baseline then: nothing accepted
    const file = join(dir, name);
    writeFileSync(file, bytes ?? fallback);
    return file;
  };
  const values = { ...opts.values };
  const c = copy(config, "config.toml", "");
  if (c !== undefined) values.config = c;
  const b = copy(baseline, "baseline.json", "");
  if (baseline !== undefined) {
    if (b === undefined) delete values.baseline;
    else values.baseline = b;
  }
  const ignoreFile = copy(IGNORE_NAME, "ignore", "") ?? join(dir, "ignore");
  const list = changed.join(", ");
  const note =
    base !== undefined
      ? `the scanned commits change ${list}: in CI a range's own settings cannot silence its scan, so those of ${base} were used (review the change)`
      : `the scanned commits change ${list} and the range has no base: in CI a range's own settings cannot silence its scan, so none of the repository's were used`;
  return {
    opts: { ...opts, values },
    ignoreFile,
    note,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
