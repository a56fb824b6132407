// What a changed run's own scan already reports whole, so that the file around it need not be
// read for it (git/context.ts): the secrets of rules that find a token by its own shape. Context
// serves the multi-line rules that find a token by a keyword on another line (a provider's name
// a few lines up: ranked 11-12); a token a higher-ranked rule reports is reported as it is.
import type { Finding, Fragment, RuleSet } from "../types.js";

/**
 * Rules ranked this high report a token by its own shape (a prefix, a checksum, a fixed alphabet
 * and length); the multi-line rules ranked as high match a block's BEGIN line or a setting's name
 * with the value beside it, never a format token alone.
 */
export const SHAPE_PRIORITY = 15;

/** For a run: the secrets `detect` reports in it by rules ranked SHAPE_PRIORITY or more. */
export function reportedByShape(detect: (f: Fragment) => Finding[], set: RuleSet): (f: Fragment) => string[] {
  // Not the rules of a path (a key file's name): what they report is the file, not a token in it.
  const shaped = new Set(
    set.rules.filter((r) => !r.multiline && r.files.length === 0 && r.priority >= SHAPE_PRIORITY).map((r) => r.id),
  );
  return (f) => detect(f).flatMap((x) => (shaped.has(x.ruleId) ? [x.secret] : []));
}
