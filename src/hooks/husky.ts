// Adding our block to a husky hook script (.husky/pre-commit) and taking it out again, so that
// uninstall gives back exactly the bytes that were there. Pure text in, text out.
import { BEGIN, END } from "./script.js";

/** Flags on the BEGIN line: what install changed besides the block, undone by remove. */
const ADDED_NEWLINE = "[leakproof added a newline before this block]";
const NEW_FILE = "[leakproof created this file]";
/** What a file we create starts with (husky 4–8 run it directly). */
const SHEBANG = "#!/bin/sh\n";

/** Inserts the block (or replaces the one there) near the top: after a shebang and husky.sh sourcing, before anything that could `exit 0`. */
export function addBlock(existing: string | undefined, block: string): string {
  if (existing === undefined) return SHEBANG + flag(block, NEW_FILE);
  const found = findBlock(existing);
  if (found) {
    const oldBegin = existing.slice(found.start, existing.indexOf("\n", found.start));
    const flags = [ADDED_NEWLINE, NEW_FILE].filter((f) => oldBegin.includes(f));
    return existing.slice(0, found.start) + flag(block, ...flags) + existing.slice(found.end);
  }
  let at = 0;
  const lines = existing.split("\n");
  let i = 0;
  if (lines[0]?.startsWith("#!")) i++;
  while (i < lines.length - 1 && /husky\.sh/.test(lines[i]!)) i++;
  for (let k = 0; k < i; k++) at += lines[k]!.length + 1;
  if (at > existing.length) at = existing.length;
  if (at > 0 && existing[at - 1] !== "\n") return existing + "\n" + flag(block, ADDED_NEWLINE);
  return existing.slice(0, at) + block + existing.slice(at);
}

/** The text without our block; undefined when the file should be deleted (we created it). */
export function removeBlock(text: string): { text: string | undefined; removed: boolean } {
  const found = findBlock(text);
  if (!found) return { text, removed: false };
  const begin = text.slice(found.start, text.indexOf("\n", found.start));
  let start = found.start;
  if (begin.includes(ADDED_NEWLINE) && text[start - 1] === "\n") start--;
  const rest = text.slice(0, start) + text.slice(found.end);
  if (begin.includes(NEW_FILE) && (rest === SHEBANG || rest === "")) return { text: undefined, removed: true };
  return { text: rest, removed: true };
}

export function hasBlock(text: string): boolean {
  return findBlock(text) !== undefined;
}

/** [start, end) of the block, end past END's newline. */
function findBlock(text: string): { start: number; end: number } | undefined {
  const start = lineStartOf(text, BEGIN);
  if (start === -1) return undefined;
  const endLine = lineStartOf(text, END, start);
  if (endLine === -1) return undefined;
  const nl = text.indexOf("\n", endLine);
  return { start, end: nl === -1 ? text.length : nl + 1 };
}

function lineStartOf(text: string, marker: string, from = 0): number {
  for (let i = text.indexOf(marker, from); i !== -1; i = text.indexOf(marker, i + 1)) {
    if (i === 0 || text[i - 1] === "\n") return i;
  }
  return -1;
}

function flag(block: string, ...flags: string[]): string {
  if (flags.length === 0) return block;
  const nl = block.indexOf("\n");
  return block.slice(0, nl) + " " + flags.join(" ") + block.slice(nl);
}
