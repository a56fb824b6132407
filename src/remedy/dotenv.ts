// .env files: reading the values they hold, writing a value so every common reader (python-dotenv,
// django-environ, python-decouple, dotenv for Node, docker compose) reads it back unchanged,
// and whether a .gitignore keeps a .env file out of git.
import ignore from "ignore";

const ENTRY = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*)$/;

/** name → value, the last assignment winning, as the readers do. */
export function parseDotenv(text: string | undefined): Map<string, string> {
  const vars = new Map<string, string>();
  if (!text) return vars;
  for (const raw of text.split("\n")) {
    const m = ENTRY.exec(raw.replace(/\r$/, ""));
    if (!m) continue;
    vars.set(m[1]!, value(m[2]!));
  }
  return vars;
}

function value(v: string): string {
  const q = v[0];
  if (q === "'" || q === "`") {
    const end = v.indexOf(q, 1);
    return end === -1 ? v.slice(1) : v.slice(1, end);
  }
  if (q === '"') {
    let out = "";
    for (let i = 1; i < v.length; i++) {
      const c = v[i]!;
      if (c === "\\" && i + 1 < v.length) {
        const n = v[++i]!;
        out += n === "n" ? "\n" : n === "r" ? "\r" : n === "t" ? "\t" : n;
      } else if (c === '"') break;
      else out += c;
    }
    return out;
  }
  return v.replace(/[ \t]+#.*$/, "").trim();
}

/** Characters every reader takes literally in an unquoted value. */
const PLAIN = /^[A-Za-z0-9_./:+=@,%-]+$/;

/** `NAME=value`, quoted when needed; undefined when no quoting is read back the same everywhere. */
export function dotenvLine(name: string, val: string): string | undefined {
  if (PLAIN.test(val)) return `${name}=${val}`;
  // Single quotes: no interpolation in any reader, and no escapes but \' and \\ (python-dotenv),
  // so a value holding a quote or a backslash has no form all of them read back the same.
  if (!/['\\\n\r]/.test(val) && !/^\s|\s$/.test(val)) return `${name}='${val}'`;
  return undefined;
}

/** Whether .gitignore text (at the repository root) ignores this repo-relative path. */
export function gitignoreCovers(gitignore: string | undefined, path: string): boolean {
  if (!gitignore) return false;
  return ignore().add(gitignore).ignores(path);
}
