// `leakproof django --fix`: the production module with the safe additions written in: missing
// settings appended under one comment (constants only: the data refuses autofix for a line that
// reads the environment, so no import is ever needed). Pure text → text; the command shows the
// diff, asks, and writes.
import type { Addition } from "./findings.js";

export const ADDED_HEADER = "# Deployment settings (leakproof django: Django's check --deploy)";

export function withAdditions(text: string, additions: readonly Addition[]): string {
  if (additions.length === 0) return text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const out = text.split(/\r?\n/);
  const seen = new Set<string>();
  const added = additions.map((a) => a.line).filter((l) => !seen.has(l) && seen.add(l));
  while (out.length > 0 && out[out.length - 1]!.trim() === "") out.pop();
  out.push("", "", ADDED_HEADER, ...added);
  return out.join(eol) + eol;
}
