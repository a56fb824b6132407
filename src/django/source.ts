// A parsed Python file: the Lezer syntax tree (a real Python grammar, not regexes) and the
// offset → line/column mapping reports need.
import { parser } from "@lezer/python";
import type { SyntaxNode, Tree } from "@lezer/common";
import { LeakproofError } from "../errors.js";

/** A settings file Python itself would refuse: Django could not start with it either. */
export class SettingsSyntaxError extends LeakproofError {}

export interface Position {
  line: number;
  column: number;
}

export class PySource {
  readonly tree: Tree;
  private readonly lineStarts: number[];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.tree = parser.parse(text);
    this.lineStarts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    const bad = firstError(this.tree);
    if (bad !== undefined) {
      const p = this.position(bad);
      throw new SettingsSyntaxError(
        `${file}:${p.line}:${p.column}: Python syntax error; Django could not load this file`,
      );
    }
  }

  /** 1-based line and column (UTF-16 code units, as the other reports count). */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** The text of line `n` (1-based), without its newline. */
  lineText(n: number): string {
    const start = this.lineStarts[n - 1] ?? this.text.length;
    const end = this.lineStarts[n] ?? this.text.length + 1;
    return this.text.slice(start, end - 1).replace(/\r$/, "");
  }

  textOf(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }
}

/** Offset of the first syntax error Lezer recovered from, if any. */
function firstError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(n) {
      if (at !== undefined) return false;
      if (n.type.isError) {
        at = n.from;
        return false;
      }
      return undefined;
    },
  });
  return at;
}

/** The node's children, in order, without comments. */
export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== "Comment") out.push(c);
  return out;
}
