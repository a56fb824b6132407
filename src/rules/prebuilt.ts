// The keyword automaton of the shipped rules, made at build time so that a start (the pre-commit
// hook above all) only reads it: building it costs ~20 ms of CPU and as much in garbage.
// The detector uses it only if it was made for exactly its keywords, so a stale file is harmless.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SavedMatcher } from "../detect/keywords.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const TABLE = join(DIR, "keywords.bin");
const META = join(DIR, "keywords.json");
/** The files loadPrebuilt reads. */
export const PREBUILT_FILES = [TABLE, META] as const;

export function savePrebuilt(m: SavedMatcher): void {
  writeFileSync(TABLE, new Uint8Array(m.delta.buffer, m.delta.byteOffset, m.delta.byteLength));
  writeFileSync(META, JSON.stringify({ keywords: m.keywords, out: m.out }));
}

export function loadPrebuilt(): SavedMatcher | undefined {
  try {
    const meta = JSON.parse(readFileSync(META, "utf8")) as Omit<SavedMatcher, "delta">;
    const bytes = readFileSync(TABLE);
    // A file this size gets its own buffer, aligned: view it. A pooled (unaligned) one is copied.
    const aligned = bytes.byteOffset % 4 === 0;
    const delta = aligned
      ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
      : new Int32Array(bytes.byteLength / 4);
    if (!aligned) new Uint8Array(delta.buffer).set(bytes);
    return { keywords: meta.keywords, out: meta.out, delta };
  } catch {
    return undefined;
  }
}
