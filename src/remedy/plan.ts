// Planning a fix, pure: (file texts, findings, project libraries, what the project already reads,
// the current .env / .gitignore / .env.example) → line edits, .env entries and the other files'
// new texts. Nothing here reads or writes a file; apply.ts, auxfiles.ts and write.ts do.
import { posix } from "node:path";
import { kindOf, type Kind } from "../detect/filekind.js";
import type { ProjectLibs } from "./project.js";
import { fileContext } from "./remedy.js";
import { rewriteLine } from "./rewrite.js";
import { multilineDefault } from "./multiline.js";
import { setupFor } from "./setup.js";
import { notAValue } from "./confidence.js";
import type { Finding, Rule } from "../types.js";
import { dotenvLine, gitignoreCovers, parseDotenv } from "./dotenv.js";
import { placeSetup } from "./insert.js";
import { appendLines, applyEdits, splitLines, type Edits } from "./lines.js";
import { assignedName, chooseEnvVar, NameBook, upperSnake, type EnvRead } from "./names.js";

export interface FixFile {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
  findings: Finding[];
}

export interface FixInput {
  files: FixFile[];
  rules: ReadonlyMap<string, Rule>;
  project: ProjectLibs;
  /** Environment variables the project reads today (its other files included). */
  reads: readonly EnvRead[];
  /** The current text of a repository file (.env, .gitignore, .env.example); undefined when missing. */
  existing(path: string): string | undefined;
  /** Whether git tracks the path: values never go into a tracked .env. */
  tracked(path: string): boolean;
}

export interface Fixed {
  finding: Finding;
  /** The variable the line now reads. */
  envVar: string;
  /** The .env file holding the value. */
  envFile: string;
}

export interface Unfixed {
  finding: Finding;
  /** Why fix left it, and what to do instead. */
  reason: string;
}

export interface FilePlan {
  path: string;
  before: string;
  after: string;
  /** By 0-based line of `before`: every line that changes or is added, and nothing else. */
  edits: Edits;
  fixed: Fixed[];
  unfixed: Unfixed[];
}

export interface AuxPlan {
  path: string;
  before: string | undefined;
  after: string;
  role: "env" | "gitignore" | "example";
}

export interface EnvEntry {
  envFile: string;
  name: string;
  value: string;
}

export interface FixPlan {
  files: FilePlan[];
  /** .gitignore, .env, .env.example: in the order they must be written (before any source file). */
  aux: AuxPlan[];
  /** Values added to .env files. */
  entries: EnvEntry[];
  /** Reasons to stop before writing anything (a different value already in .env, a tracked .env…). */
  conflicts: string[];
}

/** Kinds whose lines fix rewrites. Rust's std::env::var returns a Result (the types change), so not that. */
const FIXABLE = new Set<Kind>([
  "python",
  "js",
  "ruby",
  "php",
  "go",
  "java",
  "csharp",
  "compose",
  "yaml",
  "github-actions",
  "shell",
]);

/** Where a file's values go: compose reads the .env beside it; everything else, the root .env. */
export function envFileFor(path: string): string {
  if (kindOf(path) !== "compose") return ".env";
  const dir = posix.dirname(path);
  return dir === "." ? ".env" : `${dir}/.env`;
}

export function planFix(input: FixInput): FixPlan {
  const envFiles = new Map<string, Map<string, string>>();
  for (const f of input.files) {
    const e = envFileFor(f.path);
    if (!envFiles.has(e)) envFiles.set(e, parseDotenv(input.existing(e)));
  }
  const book = new NameBook(input.reads, envFiles);
  const conflicts: string[] = [];
  const entries: EnvEntry[] = [];
  /** Every (env file, name) the fixed lines read, with the kind of file reading it. */
  const used: Array<{ envFile: string; name: string; kind: Kind }> = [];
  const files = input.files.map((file) => planFile(file, input, book, conflicts, entries, used));

  const aux: AuxPlan[] = [];
  // .gitignore first: .env must be ignored before it holds anything.
  const gitignore = input.existing(".gitignore");
  const envPaths = [...new Set(used.map((u) => u.envFile))];
  if (envPaths.some((p) => !gitignoreCovers(gitignore, p))) {
    aux.push({ path: ".gitignore", before: gitignore, after: appendLines(gitignore, [".env"]), role: "gitignore" });
  }
  for (const envFile of envPaths) {
    const add = entries.filter((e) => e.envFile === envFile);
    if (add.length === 0) continue;
    if (input.tracked(envFile)) {
      conflicts.push(
        `${envFile} is tracked by git, so it cannot hold secrets: untrack it (git rm --cached ${envFile}), then run leakproof fix again`,
      );
    }
    const before = input.existing(envFile);
    aux.push({
      path: envFile,
      before,
      after: appendLines(
        before,
        add.map((e) => dotenvLine(e.name, e.value)!),
      ),
      role: "env",
    });
  }
  for (const envFile of envPaths) {
    const example = envFile.replace(/\.env$/, ".env.example");
    const before = input.existing(example);
    const have = parseDotenv(before);
    // GitHub Actions read repository secrets, not a .env: nothing for a teammate to fill in.
    const names = [
      ...new Set(used.filter((u) => u.envFile === envFile && u.kind !== "github-actions").map((u) => u.name)),
    ].filter((n) => !have.has(n));
    if (names.length > 0)
      aux.push({
        path: example,
        before,
        after: appendLines(
          before,
          names.map((n) => `${n}=`),
        ),
        role: "example",
      });
  }
  return { files, aux, entries, conflicts };
}

function planFile(
  file: FixFile,
  input: FixInput,
  book: NameBook,
  conflicts: string[],
  entries: EnvEntry[],
  used: Array<{ envFile: string; name: string; kind: Kind }>,
): FilePlan {
  const { path, text } = file;
  const fc = fileContext(path, text, input.project);
  const { kind } = fc;
  const envFile = envFileFor(path);
  const { lines } = splitLines(text);
  const replace = new Map<number, string>();
  const remove = new Set<number>();
  const fixed: Fixed[] = [];
  const unfixed: Unfixed[] = [];
  const findings = [...file.findings].sort((a, b) => a.line - b.line || a.column - b.column);

  for (const f of findings) {
    const not = (reason: string) => unfixed.push({ finding: f, reason });
    if (kind === "dotenv") {
      not(
        input.tracked(path)
          ? `${path} is where values belong, but git tracks it: untrack it (git rm --cached ${path}) and add it to .gitignore`
          : `${path} is where values belong; keep it out of git`,
      );
      continue;
    }
    if (!FIXABLE.has(kind)) {
      not(
        kind === "dockerfile"
          ? "pass the value at run time (docker run -e, compose environment:) or as a build secret instead of baking it into the image"
          : "no environment read fits this kind of file: load the value from the environment where the file is read",
      );
      continue;
    }
    const idx = f.line - 1;
    const original = lines[idx];
    if (original === undefined || !original.includes(f.secret)) {
      not(
        f.secret.includes("\n")
          ? "the secret spans several lines: move it by hand"
          : "the line is not as it was scanned",
      );
      continue;
    }
    const notValue = notAValue(f.secret);
    if (notValue) {
      not(notValue);
      continue;
    }
    const current = replace.get(idx) ?? original;
    const rule = input.rules.get(f.ruleId);
    const base = chooseEnvVar(f, rule);
    let rw = rewriteLine(current, f.secret, kind, base, fc.expr);
    // A default on a line of its own in a call spread over several lines: the line goes.
    const spread = !("line" in rw) && kind === "python" ? multilineDefault(lines, idx, f.secret) : undefined;
    if (spread) rw = { line: spread.rest ?? "", name: spread.name, forced: true, how: "fallback" };
    if (!("line" in rw)) {
      not(rw.reason);
      continue;
    }
    if (dotenvLine(rw.name, f.secret) === undefined) {
      not(
        "the value holds characters (a quote, a backslash, a line break) that no .env form keeps the same for every reader: move it by hand",
      );
      continue;
    }
    if (fc.pythonLib === "django-environ" && f.secret.startsWith("$")) {
      not("the value starts with $, which django-environ reads as a reference to another variable: move it by hand");
      continue;
    }
    const at = current.indexOf(f.secret);
    const target = assignedName(current, at) ?? (f.name ? upperSnake(f.name) : undefined);
    const choice = book.choose(envFile, rw.name, f.secret, rw.forced, target);
    if ("conflict" in choice) {
      conflicts.push(`${path}:${f.line}: ${choice.conflict}`);
      not(choice.conflict);
      continue;
    }
    if (choice.name !== rw.name) {
      const renamed = rewriteLine(current, f.secret, kind, choice.name, fc.expr);
      if (!("line" in renamed)) {
        not(renamed.reason);
        continue;
      }
      rw = renamed;
    }
    if (spread && spread.rest === undefined) remove.add(idx);
    else replace.set(idx, rw.line);
    fixed.push({ finding: f, envVar: choice.name, envFile });
    used.push({ envFile, name: choice.name, kind });
    if (!choice.present) entries.push({ envFile, name: choice.name, value: f.secret });
  }

  let insert = new Map<number, string[]>();
  if (fixed.length > 0) {
    const setup = setupFor(kind, text, input.project, fc.pythonLib);
    if (setup) insert = placeSetup(lines, setup, Math.min(...fixed.map((x) => x.finding.line - 1)));
  }
  const edits: Edits = { replace, insert, remove };
  return { path, before: text, after: fixed.length > 0 ? applyEdits(text, edits) : text, edits, fixed, unfixed };
}
