// Does an allowlist excuse this secret?
import type { Allowlist } from "../types.js";

export function isAllowed(list: Allowlist, secret: string, match: string, name: string | undefined): boolean {
  if (list.stopwords.length > 0) {
    const lower = secret.toLowerCase();
    if (list.stopwords.some((w) => lower.includes(w))) return true;
  }
  if (list.regexes.some((re) => re.test(secret))) return true;
  if (list.matchRegexes.some((re) => re.test(match))) return true;
  if (name !== undefined && list.names.some((re) => re.test(name))) return true;
  return false;
}
