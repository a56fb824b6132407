// Fake secrets built at runtime, so this repository never holds a realistic token.
// `{{rand:N:CLASS}}` in an example or a corpus line becomes N random characters of CLASS.

export const CLASSES: Record<string, string> = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  upperalnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  loweralnum: "abcdefghijklmnopqrstuvwxyz0123456789",
  base64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  django: "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)",
};

/** A small seeded generator (mulberry32): failures reproduce, and no two runs need to agree on anything else. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The default source of random parts: seeded, so a test that fails on one draw fails again on the
 * rerun (LEAKPROOF_TEST_SEED picks another sequence; test/rules/examples-seeds.test.ts explores many).
 */
const testDraws = rng(Number(process.env.LEAKPROOF_TEST_SEED ?? 1));

export function randomString(n: number, cls: string, next: () => number = testDraws): string {
  const chars = CLASSES[cls];
  if (!chars) throw new Error(`unknown character class "${cls}" (one of ${Object.keys(CLASSES).join(", ")})`);
  let s = "";
  for (let i = 0; i < n; i++) s += chars[Math.floor(next() * chars.length)];
  return s;
}

const TEMPLATE = /\{\{rand:(\d+):([A-Za-z0-9]+)\}\}/g;

/** Expands every {{rand:N:CLASS}} in a string. */
export function expand(template: string, next: () => number = testDraws): string {
  return template.replace(TEMPLATE, (_, n: string, cls: string) => randomString(Number(n), cls, next));
}

/** Joins parts at runtime: `fake("ghp", "_", randomString(36, "alnum"))`. */
export function fake(...parts: string[]): string {
  return parts.join("");
}

/** A Django key as `startproject` writes it: django-insecure- and 50 characters of Django's alphabet. */
export function insecureDjangoKey(): string {
  return fake("django-", "insecure-", djangoKey());
}

/** A Django key as get_random_secret_key() makes it: 50 characters of Django's alphabet. */
export function djangoKey(): string {
  return randomString(50, "django");
}
