// A history finding's status at HEAD (Finding.atHead), in words: the text report's `status` line,
// and the last note in the JSON and SARIF reports.
import type { Finding } from "../types.js";

/** The words for a secret no longer at HEAD: removing it did not undo the leak. */
export const GONE_FROM_HEAD = "no longer at HEAD, but it was committed: it leaked, rotate it";

/** "still present at HEAD in a.py, b.py", GONE_FROM_HEAD, or undefined when not known. */
export function headStatus(f: Finding): string | undefined {
  const paths = f.atHead;
  if (paths === undefined) return undefined;
  if (paths.length === 0) return GONE_FROM_HEAD;
  return `still present at HEAD in ${paths.slice(0, 5).join(", ")}${paths.length > 5 ? ", …" : ""}`;
}

/** The finding's notes, its status at HEAD last. */
export function notesWithStatus(f: Finding): string[] {
  const status = headStatus(f);
  return status === undefined ? f.notes : [...f.notes, status];
}
