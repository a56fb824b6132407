// What `leakproof fix` shows before writing is a diff, and a diff has context: the .env values
// already there, a private key next to the fixed line, a password committed long ago. Every line
// shown is masked against every secret the detector finds in the texts the diff is made of (a
// multi-line secret line by line) and every value of a .env file, not only the ones being fixed.
import type { Finding } from "../types.js";
import { Masker } from "../report/mask.js";
import { parseDotenv } from "./dotenv.js";

export interface ShownText {
  path: string;
  text: string | undefined;
  /** A .env file: all of its values are secrets. */
  env?: boolean;
}

/** Pieces of a multi-line secret shorter than this are not masked on their own (a lone "==" is not a secret). */
const MIN_PIECE = 8;

export function diffMask(
  texts: readonly ShownText[],
  known: readonly string[],
  detect: (path: string, text: string) => readonly Finding[],
): (line: string) => string {
  const secrets: string[] = [...known];
  for (const t of texts) {
    if (t.text === undefined) continue;
    if (t.env) for (const v of parseDotenv(t.text).values()) secrets.push(v);
    for (const f of detect(t.path, t.text)) secrets.push(f.secret);
  }
  const pieces = secrets.flatMap((s) =>
    s.includes("\n")
      ? [
          s,
          ...s
            .split(/\r?\n|\\r\\n|\\n/)
            .map((p) => p.trim())
            .filter((p) => p.length >= MIN_PIECE),
        ]
      : [s],
  );
  const masker = new Masker(pieces.filter((s) => s.length > 0));
  return (line) => masker.mask(line);
}
