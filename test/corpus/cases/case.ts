// The corpus format: one small file per case, with the lines that hold a real secret labelled.
//
//   { path, text, secrets: [{ line, rule? }] }
//
// `line` is 1-based within `text`; `rule`, when given, is the rule id that must report it (any
// finding starting on that line counts otherwise). Every line not labelled is a negative.
// `{{rand:N:CLASS}}` in text is expanded at test time (test/support/fake.ts): no realistic secret
// is ever written here.
//
// Cases are written with `file(path)` and a template whose positive lines end in a marker:
//   «»          a secret, any rule may report it
//   «rule-id»   a secret that this rule must report
// The marker (and the spaces before it) is removed from the text. The template is raw: "\n"
// stays a backslash and an n (as in notebook JSON); write \` and \${ for a literal ` and ${.
// The common indentation is removed, so cases can be indented with the code around them.

export interface Label {
  line: number;
  rule?: string;
}

export interface Case {
  path: string;
  text: string;
  secrets?: Label[];
}

const MARKER = /[ \t]*«([a-z0-9-]*)»[ \t]*$/;

/** `file("settings.py")\`…\`` → a Case. */
export function file(path: string) {
  return (strings: TemplateStringsArray, ...values: unknown[]): Case => {
    let raw = strings.raw[0]!;
    values.forEach((v, i) => (raw += String(v) + strings.raw[i + 1]!));
    raw = raw.replace(/\\([`$])/g, "$1");
    return parse(path, dedent(raw));
  };
}

function dedent(raw: string): string {
  const lines = raw.split("\n");
  if (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  if (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

function parse(path: string, text: string): Case {
  const secrets: Label[] = [];
  const lines = text.split("\n").map((l, i) => {
    const m = MARKER.exec(l);
    if (!m) return l;
    secrets.push(m[1] ? { line: i + 1, rule: m[1] } : { line: i + 1 });
    return l.slice(0, m.index);
  });
  return { path, text: lines.join("\n"), secrets };
}

/** A line worth counting: not blank, not only braces and punctuation. */
export function meaningful(line: string): boolean {
  return (line.match(/[A-Za-z0-9]/g)?.length ?? 0) >= 3;
}
