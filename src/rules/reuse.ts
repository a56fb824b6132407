// What a long-lived process (the hook's daemon) keeps from one run to the next: the rules and
// keyword table it loaded, for as long as the files it loaded them from are unchanged (a rule
// edited in place, a rebuilt pack). A single run pays a few stat calls for it.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const kept = new Map<string, { stamp: string; value: unknown }>();

function stampOf(file: string): string {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return "-";
  }
}

/** The files of a directory and the directory itself, for `reuse`. */
export function filesOf(dir: string): string[] {
  try {
    return [dir, ...readdirSync(dir).map((f) => join(dir, f))];
  } catch {
    return [dir];
  }
}

/** load(), or what it gave last time under `key` when none of `files` has changed since. */
export function reuse<T>(key: string, files: readonly string[], load: () => T): T {
  const stamp = files.map(stampOf).join("|");
  const last = kept.get(key);
  if (last?.stamp === stamp) return last.value as T;
  const value = load();
  kept.set(key, { stamp, value });
  return value;
}
