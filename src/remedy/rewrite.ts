// One line → the same line reading an environment variable instead of holding a secret. Shared by
// the report's suggested fix and by `leakproof fix`, so what a report suggests is what fix writes.
// Pure; works on a whole line (indentation kept) as well as a trimmed one.
import type { Kind } from "../detect/filekind.js";

export interface Rewritten {
  /** The rewritten line. */
  line: string;
  /** The variable the line now reads. */
  name: string;
  /** The name came from the code (a fallback such as os.getenv("X", "…")): it must stay. */
  forced: boolean;
  how: "fallback" | "literal" | "value";
}

export interface NotRewritten {
  /** Why not, as a sentence. */
  reason: string;
  /** The variable the code already reads, when the secret is its fallback. */
  forcedName?: string;
}

/** The expression reading variable `name` in this file (envRead, bound to the file's kind and library). */
export type ReadExpr = (name: string, how: "plain" | "required") => string | undefined;

/** Kinds where a bare (unquoted) value is the value itself, not an expression. */
const CONFIG_KINDS = new Set<Kind>(["compose", "yaml", "github-actions", "shell"]);
/** Comment starters by kind (outside quotes). */
const HASH_COMMENT = new Set<Kind>(["python", "ruby", "compose", "yaml", "github-actions", "shell", "php"]);
const SLASH_COMMENT = new Set<Kind>(["js", "go", "java", "csharp", "rust", "php"]);

/** Hardcoded fallbacks: os.getenv("X", "…"), os.environ.get("X", "…"), config("X", default="…"), env("X", default="…"), ENV.fetch("X", "…"). */
const FALLBACK_CALL =
  /(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?|ENV\.fetch)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(?:default\s*=\s*)?[rbu]?(["'])/g;
/** A read that ends right before ` or "…"`, ` || "…"`, ` ?? "…"`, ` ?: '…'`. */
const READ_BEFORE_OR =
  /(?:(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|config)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*\)|process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\4\s*\]|ENV\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\6\s*\]|os\.environ\[\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\8\s*\])\s*(?:\bor\b|\|\||\?\?|\?:)\s*$/;
/** ${NAME:-value}, ${NAME-value}, ${NAME:=value}, ${NAME:value} around the secret. */
const INTERPOLATION_BEFORE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-|-|:=|=|:)$/;

export function rewriteLine(
  line: string,
  secret: string,
  kind: Kind,
  envVar: string,
  expr: ReadExpr,
): Rewritten | NotRewritten {
  if (secret === "") return { reason: "nothing to replace" };
  const fallback = findFallback(line, secret);
  if (fallback) {
    const e = expr(fallback.name, "required");
    if (e === undefined)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: fallback.name };
    return {
      line: line.slice(0, fallback.start) + e + line.slice(fallback.end),
      name: fallback.name,
      forced: true,
      how: "fallback",
    };
  }
  const at = line.indexOf(secret);
  if (at < 0) return { reason: "the secret is not on this line" };
  if (inComment(line, at, kind))
    return {
      reason: "the secret is in a comment: delete it from the comment (and rotate it if it was ever committed)",
    };

  const q = line[at - 1];
  const quoted = q !== undefined && `"'\``.includes(q) && line[at + secret.length] === q;
  const end = at + secret.length;

  // ${NAME:-secret}: the fallback goes, the variable stays.
  const interp = CONFIG_KINDS.has(kind) ? INTERPOLATION_BEFORE.exec(line.slice(0, at)) : null;
  if (interp && line[end] === "}") {
    const name = interp[1]!;
    const e = expr(name, "required");
    if (e === undefined)
      return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
    const start = at - interp[0].length;
    const insideQuotes = line[start - 1] === '"' && line[end + 1] === '"';
    return {
      line: line.slice(0, start) + (insideQuotes ? unquote(e) : e) + line.slice(end + 1),
      name,
      forced: true,
      how: "fallback",
    };
  }

  if (quoted) {
    let start = at - 1;
    // read("X") or "…" / process.env.X || "…": the literal and the operator go.
    const or = READ_BEFORE_OR.exec(line.slice(0, start - prefixLength(line, start)));
    if (or && !CONFIG_KINDS.has(kind)) {
      const name = or[2] ?? or[3] ?? or[5] ?? or[7] ?? or[9]!;
      const e = expr(name, "required");
      if (e === undefined)
        return { reason: `no way to read an environment variable in this kind of file`, forcedName: name };
      return { line: line.slice(0, or.index) + e + line.slice(end + 1), name, forced: true, how: "fallback" };
    }
    const e = expr(envVar, "plain");
    if (e === undefined) return { reason: "no way to read an environment variable in this kind of file" };
    // YAML/compose/CI keep their quotes around an interpolation; code replaces the literal.
    if (CONFIG_KINDS.has(kind) && kind !== "shell")
      return { line: line.slice(0, at) + e + line.slice(end), name: envVar, forced: false, how: "literal" };
    start -= prefixLength(line, start);
    if (
      /\bdefault\s*=\s*$/.test(line.slice(0, start)) &&
      !/\(/.test(line.slice(0, start).replace(/\bdefault\s*=\s*$/, ""))
    ) {
      return {
        reason:
          "the secret is the default of a call spread over several lines: delete the default so the variable is required",
      };
    }
    return { line: line.slice(0, start) + e + line.slice(end + 1), name: envVar, forced: false, how: "literal" };
  }

  // Unquoted: a value in config files; in code, part of something longer.
  if (!CONFIG_KINDS.has(kind)) {
    return { reason: "the secret is part of a longer string: build that string from an environment variable" };
  }
  const e = expr(envVar, "plain");
  if (e === undefined) return { reason: "no way to read an environment variable in this kind of file" };
  const inDoubleQuotes = kind === "shell" && isInsideDoubleQuotes(line, at);
  return {
    line: line.slice(0, at) + (inDoubleQuotes ? unquote(e) : e) + line.slice(end),
    name: envVar,
    forced: false,
    how: "value",
  };
}

/** String prefixes before a quote: Python r"", b"", rb"", f"", C# @"", PHP/other none. */
function prefixLength(line: string, quoteAt: number): number {
  let n = 0;
  while (n < 2 && /[rbuRBUfF@]/.test(line[quoteAt - 1 - n] ?? "")) n++;
  return n > 0 && !/[A-Za-z0-9_]/.test(line[quoteAt - 1 - n] ?? "") ? n : 0;
}

function findFallback(line: string, secret: string): { name: string; start: number; end: number } | undefined {
  FALLBACK_CALL.lastIndex = 0;
  for (let m = FALLBACK_CALL.exec(line); m; m = FALLBACK_CALL.exec(line)) {
    // `myenv(…)`, `self.config(…)`: not a read of the environment.
    if (/[A-Za-z0-9_.]/.test(line[m.index - 1] ?? "") && !/^(?:os|ENV)\b/.test(m[0])) continue;
    const valueStart = m.index + m[0].length;
    const q = m[3]!;
    if (line.startsWith(secret + q, valueStart)) {
      let end = valueStart + secret.length + 1;
      while (line[end] === " ") end++;
      if (line[end] === ")") return { name: m[2]!, start: m.index, end: end + 1 };
    }
  }
  return undefined;
}

/** Whether offset `at` is inside a comment (quotes are followed; a comment starts outside them). */
function inComment(line: string, at: number, kind: Kind): boolean {
  const hash = HASH_COMMENT.has(kind);
  const slash = SLASH_COMMENT.has(kind);
  if (!hash && !slash) return false;
  let quote: string | undefined;
  for (let i = 0; i < at; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") {
      // In YAML and shell a quote inside a bare word is a character, not a string.
      if (
        (kind === "yaml" || kind === "compose" || kind === "github-actions" || kind === "shell") &&
        /[^\s:=,[{(-]/.test(line[i - 1] ?? " ")
      )
        continue;
      quote = c;
    } else if (hash && c === "#" && (i === 0 || /\s/.test(line[i - 1]!) || kind === "python" || kind === "ruby"))
      return true;
    else if (slash && c === "/" && line[i + 1] === "/") return true;
    else if (slash && c === "/" && line[i + 1] === "*") return true;
  }
  return false;
}

function isInsideDoubleQuotes(line: string, at: number): boolean {
  let n = 0;
  for (let i = 0; i < at; i++) if (line[i] === '"' && line[i - 1] !== "\\") n++;
  return n % 2 === 1;
}

function unquote(e: string): string {
  return e.length >= 2 && e.startsWith('"') && e.endsWith('"') ? e.slice(1, -1) : e;
}
