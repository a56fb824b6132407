// leakproof rotate django: a new key from a cryptographically secure generator, in Django's
// alphabet, and the steps to switch without logging everyone out.
import { randomInt } from "node:crypto";
import { nearestRepoDir } from "../../git/repo.js";
import { detectProject } from "../../remedy/project.js";
import type { Options } from "../options.js";
import { UsageError } from "../errors.js";

/** The alphabet of django.core.management.utils.get_random_secret_key(). */
export const DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";

/** The settings lines people paste (test/cli/snippets.test.ts runs them with the variables set and unset). */
export const KEY_LINE = 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]';
/**
 * The fallbacks line. Empty items are dropped: `"".split(",")` is `[""]`, and Django
 * would then accept values signed with an empty key. Unset or empty, it is `[]` (no fallback).
 */
export const FALLBACKS_LINE =
  'SECRET_KEY_FALLBACKS = [k.strip() for k in os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",") if k.strip()]';

export function newDjangoKey(length = 50): string {
  let key = "";
  for (let i = 0; i < length; i++) key += DJANGO_ALPHABET[randomInt(DJANGO_ALPHABET.length)];
  return key;
}

export function run(opts: Options): number {
  const [what] = opts.positionals;
  if (what !== "django") throw new UsageError("usage: leakproof rotate django");
  const key = newDjangoKey();
  // A project pinned below Django 4.1 has no SECRET_KEY_FALLBACKS: advising it would break its settings.
  const cwd = process.cwd();
  const django = detectProject(nearestRepoDir(cwd) ?? cwd).django;
  const steps =
    django && !django.fallbacks
      ? [
          `Django ${django.version} (pinned in ${django.file}) has no SECRET_KEY_FALLBACKS (4.1+): switching keys logs everyone out`,
          "and voids password-reset links and signed cookies made with the old key. Pick the moment, or upgrade Django first.",
          "  1. Set DJANGO_SECRET_KEY to the new key above in each environment (never in git); settings.py reads it:",
          `       ${KEY_LINE}`,
          "  2. Restart the application.",
        ]
      : [
          "To rotate a leaked Django SECRET_KEY without logging everyone out (Django 4.1+):",
          "  1. Set DJANGO_SECRET_KEY to the new key above in each environment (never in git); settings.py reads it:",
          `       ${KEY_LINE}`,
          "  2. Keep the old key for a while in SECRET_KEY_FALLBACKS, read from the environment too: set",
          "     DJANGO_SECRET_KEY_FALLBACKS to the old key (several: comma-separated) and write in settings.py",
          `       ${FALLBACKS_LINE}`,
          "     Sessions, password-reset links and signed cookies made with the old key keep working.",
          "  3. After SESSION_COOKIE_AGE (two weeks by default), remove the old key from SECRET_KEY_FALLBACKS.",
          "Before Django 4.1 there is no fallback: changing the key logs everyone out and invalidates reset links.",
        ];
  process.stdout.write(`${key}\n\n${steps.join("\n")}\n`);
  return 0;
}
