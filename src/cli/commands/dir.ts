// leakproof dir [PATH...]: files on disk.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDetector } from "../../detect/detect.js";
import { dirFragments, type Skip } from "../../sources/dir.js";
import type { Finding } from "../../types.js";
import { UsageError } from "../errors.js";
import type { Options } from "../main.js";
import { findRoot } from "../root.js";
import { finish, setup } from "../scan.js";
import { skipNotes } from "../skips.js";

const DEFAULT_MAX_MB = 10;

export async function run(opts: Options): Promise<number> {
  const cwd = process.cwd();
  const root = findRoot(cwd) ?? cwd;
  const s = setup(root, opts);
  const maxFileSize = parseSize(opts.values["max-file-size"]) ?? s.config.maxFileSize ?? DEFAULT_MAX_MB * 1048576;
  const detector = createDetector(s.rules);
  const skips: Skip[] = [];
  const findings: Finding[] = [];
  const fragments = dirFragments(
    { paths: opts.positionals, cwd, root, noIgnore: opts.values["no-ignore"] ?? false, maxFileSize, ignorePatterns: s.config.ignore },
    (skip) => skips.push(skip),
  );
  for (const fragment of fragments) {
    for (const f of detector.detect(fragment)) findings.push(f);
  }
  const notes = skipNotes(skips, maxFileSize, opts.values.verbose ?? false);
  if (!opts.values.quiet) for (const n of notes) process.stderr.write(`leakproof: ${n}\n`);
  const fileText = (path: string) => {
    try {
      return readFileSync(resolve(cwd, path), "utf8");
    } catch {
      return undefined;
    }
  };
  // Stale baseline entries can only be told apart on a scan of the whole tree.
  return finish(findings, s, opts, notes, fileText, { complete: opts.positionals.length === 0 });
}

function parseSize(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size takes a number of megabytes, not "${v}"`);
  return Math.round(mb * 1048576);
}
