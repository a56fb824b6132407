// A hardcoded default in a read of the environment spread over several lines, as cookiecutter-django
// and many settings files write it:
//
//     SECRET_KEY = env(
//         "DJANGO_SECRET_KEY",
//         default="…",
//     )
//
// The default's line goes (the call then requires the variable), the value moves to .env under
// the name the call reads. Pure.

/** Calls that read an environment variable and take a default. */
const OPEN =
  /(?:^|[^\w.])(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?)\(\s*(?:[rbu]?(["'])([A-Za-z_]\w*)\1\s*,?\s*)?$/;
/** The variable's name alone on its line: `"DJANGO_SECRET_KEY",`. */
const NAME_LINE = /^\s*[rbu]?(["'])([A-Za-z_]\w*)\1\s*,\s*$/;
/** How far above the default the call may open. */
const REACH = 6;

export interface MultilineDefault {
  /** The variable the call reads (the value goes to .env under it). */
  name: string;
  /** What replaces the default's line: undefined deletes it; else what followed it (`)`). */
  rest: string | undefined;
}

export function multilineDefault(lines: readonly string[], idx: number, secret: string): MultilineDefault | undefined {
  const line = lines[idx];
  if (line === undefined) return undefined;
  const m = /^(\s*)default\s*=\s*[rbu]?(["'])(.*)$/.exec(line);
  if (!m || !m[3]!.startsWith(secret + m[2]!)) return undefined;
  const after = m[3]!.slice(secret.length + 1).replace(/^\s*,?\s*/, "");
  if (after !== "" && !/^\)\s*,?\s*(?:#.*)?$/.test(after)) return undefined;
  let name: string | undefined;
  for (let i = idx - 1; i >= Math.max(0, idx - REACH); i--) {
    const l = lines[i]!;
    const open = OPEN.exec(l);
    if (open) {
      name = open[2] ?? name;
      break;
    }
    const n = NAME_LINE.exec(l);
    if (n && i === idx - 1) name = n[2];
    else if (l.trim() !== "") return undefined; // something else between the call and its default
  }
  if (name === undefined) return undefined;
  return { name, rest: after === "" ? undefined : m[1]! + after };
}
