// The orders findings are reported in, in one place, so every format and command agrees.
import type { Finding } from "../types.js";
import { byCodeUnits } from "../lists.js";

/** A history finding's commit time; findings without a date sort after dated ones. */
function time(f: Finding): number {
  const t = f.date ? Date.parse(f.date) : NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** Report order: by place; the same place (history: several commits) oldest first, then by commit id. */
export function byPlace(a: Finding, b: Finding): number {
  return (
    byCodeUnits(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    byCodeUnits(a.ruleId, b.ruleId) ||
    byCommit(a, b)
  );
}

/** Oldest first; the same instant by commit id, then place, so the order never depends on the scan's. */
export function byAge(a: Finding, b: Finding): number {
  return byCommit(a, b) || a.line - b.line || a.column - b.column;
}

function byCommit(a: Finding, b: Finding): number {
  const ta = time(a);
  const tb = time(b);
  return (ta === tb ? 0 : ta < tb ? -1 : 1) || byCodeUnits(a.commit ?? "", b.commit ?? "");
}
