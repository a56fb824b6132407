// Lines with their own endings, so a rewritten line keeps its "\r\n" and the others stay byte for
// byte. Lines are split on "\n" only, as the scanner numbers them ("\r" before it is the ending).

export interface Lines {
  /** Line contents, without endings. The last one is what follows the last "\n" (often ""). */
  lines: string[];
  /** Each line's ending: "\n", "\r\n", or "" for the last one. */
  eols: string[];
}

export function splitLines(text: string): Lines {
  const lines = text.split("\n");
  const eols: string[] = lines.map((_, i) => (i < lines.length - 1 ? "\n" : ""));
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i]!.endsWith("\r")) {
      lines[i] = lines[i]!.slice(0, -1);
      eols[i] = "\r\n";
    }
  }
  return { lines, eols };
}

/** The ending most lines use ("\n" for a file without any). */
export function dominantEol(eols: readonly string[]): string {
  let crlf = 0;
  let lf = 0;
  for (const e of eols) {
    if (e === "\r\n") crlf++;
    else if (e === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

/** Line replacements and insertions, by 0-based index of a line of the original text. */
export interface Edits {
  replace: Map<number, string>;
  /** Lines removed (with their line ending). */
  remove?: Set<number>;
  /** Lines inserted before line i (i = lines.length - 1 inserts before the text after the last "\n"). */
  insert: Map<number, string[]>;
}

/** The text with the edits made; inserted lines take the file's dominant ending. */
export function applyEdits(text: string, edits: Edits): string {
  const { lines, eols } = splitLines(text);
  const eol = dominantEol(eols);
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    for (const ins of edits.insert.get(i) ?? []) out += ins + eol;
    if (edits.remove?.has(i)) continue;
    out += (edits.replace.get(i) ?? lines[i]!) + eols[i]!;
  }
  return out;
}

/** Appends lines at the end (after a final line ending, added if the text lacks one). */
export function appendLines(text: string | undefined, add: readonly string[]): string {
  if (add.length === 0) return text ?? "";
  const base = text ?? "";
  const eol = dominantEol(splitLines(base).eols);
  const head = base === "" || base.endsWith("\n") ? base : base + eol;
  return head + add.map((l) => l + eol).join("");
}
