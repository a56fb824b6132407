// Does an allowlist excuse this secret?
import type { Allowlist } from "../types.js";

export function isAllowed(list: Allowlist, secret: string, match: string, name: string | undefined): boolean {
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (list.stopwords.some((w) => hasStopword(secret, lower, w))) return true;
  }
  if (list.regexes.some((re) => re.test(secret))) return true;
  if (list.matchRegexes.some((re) => re.test(match))) return true;
  if (name !== undefined && list.names.some((re) => re.test(name))) return true;
  return false;
}

const isLower = (c: string) => c >= "a" && c <= "z";
const isUpper = (c: string) => c >= "A" && c <= "Z";
const isLetter = (c: string) => isLower(c) || isUpper(c);

/**
 * A stopword in the value. A short one (test, demo, null) must be written as a word of it
 * (`test_key`, `myDemoToken`, `NULL`): cased as one word, starting or ending where a word does.
 * A random key holds four letters by chance (`…kBNULlCg…`: one 40-character key in 2,500 holds one
 * of a handful), mixed-cased and run into letters on both sides; five or more, hardly ever.
 */
function hasStopword(secret: string, lower: string, word: string): boolean {
  if (word.length > 4) return lower.includes(word);
  for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
    const j = i + word.length;
    const hit = secret.slice(i, j);
    const letters = hit.replace(/[^A-Za-z]/g, "");
    const oneWord =
      letters === letters.toLowerCase() ||
      letters === letters.toUpperCase() ||
      letters === letters[0]! + letters.slice(1).toLowerCase();
    if (!oneWord) continue;
    const before = secret[i - 1] ?? "";
    const after = secret[j] ?? "";
    const starts = before === "" || !isLetter(before) || !isLetter(hit[0]!) || (isLower(before) && isUpper(hit[0]!));
    const ends =
      after === "" ||
      !isLetter(after) ||
      !isLetter(hit[hit.length - 1]!) ||
      (isLower(hit[hit.length - 1]!) && isUpper(after));
    if (starts || ends) return true;
  }
  return false;
}
