// Where a file's new imports and set-up lines go (see remedy/setup.ts for what they are).
// Python: the standard library's `import os` before the first import, other libraries after the
// last import of the header, set-up lines (env = environ.Env()) after those. JavaScript: dotenv
// first, after a shebang, "use strict" and the leading comments. Go: "os" into the import block.
import type { FileSetup } from "./setup.js";

/** Lines to insert, by the 0-based index of the line they go before; never after `limit`. */
export function placeSetup(lines: readonly string[], setup: FileSetup, limit: number): Map<number, string[]> {
  const place = (at: number, add: string[]) => new Map([[Math.min(at, limit), add]]);
  if (setup.lang === "js") return place(jsTop(lines), setup.imports);
  if (setup.lang === "go") return goImport(lines, limit);
  const h = pythonHeader(lines);
  const after = setup.after;
  if (setup.placement === "first-import") {
    const at = h.firstImport ?? h.body;
    return place(at, [...setup.imports, ...(after.length > 0 ? ["", ...after] : [])]);
  }
  if (h.lastImportEnd !== undefined) {
    return place(h.lastImportEnd, [...setup.imports, ...(after.length > 0 ? ["", ...after] : [])]);
  }
  const add = [...setup.imports, ...(setup.imports.length > 0 && after.length > 0 ? [""] : []), ...after];
  return place(h.body, add);
}

interface PythonHeader {
  /** First line after the shebang, comments and module docstring (and `from __future__` imports). */
  body: number;
  /** First top-level import other than `from __future__`. */
  firstImport?: number;
  /** The line after the last import of the leading block of imports. */
  lastImportEnd?: number;
}

function pythonHeader(lines: readonly string[]): PythonHeader {
  let i = 0;
  const skipBlankAndComments = () => {
    while (i < lines.length && /^\s*(?:#.*)?$/.test(lines[i]!)) i++;
  };
  skipBlankAndComments();
  // The module docstring.
  const doc = /^[rRuU]?("""|''')/.exec(lines[i] ?? "");
  if (doc) {
    const q = doc[1]!;
    const rest = lines[i]!.slice(doc[0].length);
    if (!rest.includes(q)) {
      i++;
      while (i < lines.length && !lines[i]!.includes(q)) i++;
    }
    i++;
  }
  let body = Math.min(i, lines.length);
  let firstImport: number | undefined;
  let lastImportEnd: number | undefined;
  for (;;) {
    skipBlankAndComments();
    const line = lines[i];
    if (line === undefined || !/^(?:import[ \t]|from[ \t]+[\w.]+[ \t]+import\b)/.test(line)) break;
    const future = /^from[ \t]+__future__[ \t]/.test(line);
    const start = i;
    // The statement's end: parentheses closed, no trailing backslash.
    let depth = 0;
    for (;;) {
      const l = lines[i] ?? "";
      const code = l.replace(/#.*$/, "");
      for (const c of code) depth += c === "(" ? 1 : c === ")" ? -1 : 0;
      i++;
      if (i >= lines.length || (depth <= 0 && !code.trimEnd().endsWith("\\"))) break;
    }
    if (future) body = i;
    else {
      firstImport ??= start;
      lastImportEnd = i;
    }
  }
  return firstImport === undefined ? { body } : { body, firstImport, lastImportEnd: lastImportEnd! };
}

function jsTop(lines: readonly string[]): number {
  let i = 0;
  if (lines[0]?.startsWith("#!")) i = 1;
  for (;;) {
    const l = lines[i];
    if (l === undefined) return i;
    if (/^\s*(?:\/\/.*)?$/.test(l) || /^\s*["']use strict["'];?\s*$/.test(l)) i++;
    else if (/^\s*\/\*/.test(l)) {
      while (i < lines.length && !lines[i]!.includes("*/")) i++;
      i++;
    } else return i;
  }
}

function goImport(lines: readonly string[], limit: number): Map<number, string[]> {
  const block = lines.findIndex((l) => /^import[ \t]*\($/.test(l.trimEnd()));
  if (block !== -1) {
    const indent = /^(\s*)"/.exec(lines[block + 1] ?? "")?.[1] ?? "\t";
    let i = block + 1;
    // Sorted place in the first group (gofmt order): before the first path that sorts after "os".
    while (i < lines.length && lines[i]!.trim() !== ")" && lines[i]!.trim() !== "") {
      const path = /"([^"]+)"/.exec(lines[i]!)?.[1];
      if (path !== undefined && path > "os") break;
      i++;
    }
    return new Map([[i, [`${indent}"os"`]]]);
  }
  let last = -1;
  lines.forEach((l, i) => {
    if (/^import[ \t]+(?:[\w.]+[ \t]+)?"/.test(l)) last = i;
  });
  if (last !== -1) return new Map([[last + 1, ['import "os"']]]);
  const pkg = lines.findIndex((l) => /^package[ \t]/.test(l));
  return new Map([[Math.min(pkg + 1, limit), ["", 'import "os"']]]);
}
