// Writing a planned fix: the values into .env (ignored by git) first, then the source files, each
// only over the bytes that were scanned; then, with --staged, staging what was written.
import { join } from "node:path";
import { hasUnstagedChanges, ignoredAmong, stage } from "../git/files.js";
import { ChangedError, hashOf, writeAtomic } from "./apply.js";
import type { AuxFiles } from "./auxfiles.js";
import { encode, type Encoding } from "../encoding.js";
import { auxChangedError } from "./errors.js";
import type { FixPlan } from "./plan.js";

/** A file as it was scanned: its bytes and the encoding its text is written back in. */
export interface Scanned {
  bytes: Buffer;
  encoding: Encoding;
}

export interface Written {
  /** The .env / .gitignore / .env.example files written. */
  aux: string[];
  /** The source files written. */
  files: string[];
  /** Source files left alone because they changed since the scan. */
  changed: string[];
}

/** Writes the plan; a changed .env / .gitignore / .env.example stops it before any source file (FixError). */
export function writeFix(root: string, plan: FixPlan, aux: AuxFiles, scanned: ReadonlyMap<string, Scanned>): Written {
  const written: Written = { aux: [], files: [], changed: [] };
  try {
    for (const a of plan.aux) {
      aux.write(a.path, a.after, a.role === "env" ? 0o600 : 0o644);
      written.aux.push(a.path);
    }
  } catch (e) {
    if (e instanceof ChangedError) throw auxChangedError(e.message);
    throw e;
  }
  for (const f of plan.files.filter((x) => x.fixed.length > 0)) {
    const src = scanned.get(f.path)!;
    try {
      writeAtomic(join(root, f.path), encode(f.after, src.encoding), hashOf(src.bytes));
      written.files.push(f.path);
    } catch (e) {
      if (!(e instanceof ChangedError)) throw e;
      written.changed.push(f.path);
    }
  }
  return written;
}

/** The auxiliary files --staged may stage: not .env, and none with unstaged edits of the user's own. */
export function stageableAux(root: string, plan: FixPlan, tracked: (path: string) => boolean): string[] {
  return plan.aux
    .filter((a) => a.role !== "env" && !(tracked(a.path) && hasUnstagedChanges(root, a.path)))
    .map((a) => a.path);
}

/**
 * Stages the fixed files, and the auxiliary files that may go with them unless git ignores them
 * (a `.env*` pattern catching .env.example). Returns a note for each auxiliary file left unstaged.
 */
export function stageFix(root: string, plan: FixPlan, written: Written, stageable: readonly string[]): string[] {
  const auxWritten = stageable.filter((p) => written.aux.includes(p));
  const ignored = ignoredAmong(root, auxWritten);
  const paths = [...written.files, ...auxWritten.filter((p) => !ignored.has(p))];
  stage(root, paths);
  const notes: string[] = [];
  for (const a of plan.aux) {
    if (a.role === "env" || paths.includes(a.path)) continue;
    notes.push(
      ignored.has(a.path)
        ? `${a.path} is ignored by git: not staged`
        : `${a.path} has other unstaged changes: not staged; stage it yourself`,
    );
  }
  return notes;
}
