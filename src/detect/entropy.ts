// Shannon entropy of a string, in bits per character.
import type { EntropyRule } from "../types.js";

export function shannon(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = [...s].length;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

export type Charset = "hex" | "base64" | "any";

/** The narrowest character set the value fits: a hex string can't reach base64's entropy, so it gets its own bar. */
export function charsetOf(s: string): Charset {
  // UUID-shaped keys and 0x-prefixed keys are hex too: dashes and the prefix add no randomness.
  if (/^(?:0x)?[0-9a-fA-F-]+$/.test(s) && /[0-9a-fA-F]/.test(s)) return "hex";
  if (/^[A-Za-z0-9+/=_-]+$/.test(s)) return "base64";
  return "any";
}

export function entropyThreshold(rule: EntropyRule, s: string): number {
  const cs = charsetOf(s);
  return (cs === "hex" ? rule.hex : cs === "base64" ? rule.base64 : undefined) ?? rule.any;
}

/**
 * The shape of a password a person chose: 8 to 64 characters mixing at least three of lower case,
 * upper case, digits and symbols, not one character class padded with another (`aaaaaaA1`). Its
 * entropy per character is low (`Shop2023!`: 2.95 bits) but nobody writes that as a placeholder.
 */
export function chosenPassword(s: string): boolean {
  if (s.length < 8 || s.length > 64) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(s)).length;
  return classes >= 3 && new Set(s).size >= 6;
}
