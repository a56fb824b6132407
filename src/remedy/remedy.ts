// Finding → the concrete fix: the replacement line that reads the environment, in the file's
// own language and with the configuration library the project already uses.
import type { Finding, Rule } from "../types.js";
import { envRead, kindOf, type Kind } from "./language.js";
import { pythonLibOf, type ProjectLibs } from "./project.js";
import { weakDjangoKeyNotes } from "./django.js";

/** For rules that name no provider-specific way: a value that was ever pushed has leaked. */
const ROTATE = "If this value was ever pushed, it has leaked even once removed: change it (rotate) wherever it is used.";

export interface RemedyContext {
  project: ProjectLibs;
  /** The whole text of a file, when the source can give it (imports decide the Python library). */
  fileText(path: string): string | undefined;
}

export interface Remedy {
  /** The replacement line, when one can be written. */
  line?: string;
  /** The variable the value moves to. */
  envVar: string;
  /** Extra steps: imports to add, where the value goes. */
  steps: string[];
}

/** Hardcoded fallbacks: os.getenv("X", "…"), os.environ.get("X", "…"), config("X", default="…"), env("X", default="…"), ENV.fetch("X", "…"), process.env.X || "…". */
const FALLBACK_CALL = /(?:os\.getenv|os\.environ\.get|environ\.get|getenv|config|env(?:\.str)?|ENV\.fetch)\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(?:default\s*=\s*)?[rbu]?(["'])/g;

export function remedyFor(f: Finding, rule: Rule | undefined, ctx: RemedyContext): Remedy {
  const kind = kindOf(f.file);
  const line = f.lineText.trim();
  const fallback = findFallback(line, f.secret);
  const envVar = fallback?.name ?? chooseEnvVar(f, rule);
  const fileText = kind === "python" ? ctx.fileText(f.file) : undefined;
  const pyLib = kind === "python" ? pythonLibOf(fileText, ctx.project) : undefined;
  const expr = envRead(kind, envVar, ctx.project, pyLib);
  const steps: string[] = [];
  let replacement: string | undefined;

  if (kind === "dotenv") {
    steps.push(`${f.file} is the right place for the value, but it must stay out of git: add it to .gitignore and run \`git rm --cached ${f.file}\`.`);
  } else if (kind === "dockerfile") {
    steps.push(`Remove the value from the image: pass it at run time (\`docker run -e ${envVar}\`, or \`environment:\` in compose), or use a build secret (\`RUN --mount=type=secret\`).`);
  } else if (expr !== undefined) {
    if (fallback) replacement = line.slice(0, fallback.start) + expr + line.slice(fallback.end);
    else replacement = replaceLiteral(line, f.secret, expr, kind);
    if (kind === "python" && pyLib === undefined && fileText !== undefined && !/^\s*(?:import os\b|from os import)/m.test(fileText)) {
      steps.push("Add `import os` at the top of the file.");
    }
    if (kind === "python" && pyLib === "django-environ" && fileText !== undefined && !/environ\.Env\(/.test(fileText)) {
      steps.push("With django-environ: `import environ` and `env = environ.Env()` near the top of settings.");
    }
    if (kind === "github-actions") steps.push(`Store the value as a repository secret named ${envVar} (Settings → Secrets and variables → Actions).`);
    else steps.push(`Put the value in .env (${envVar}=…), keep .env out of git, and set ${envVar} in each deployment's environment.`);
  } else {
    steps.push(`Move the value out of this file: load it from the ${envVar} environment variable where this file is read.`);
  }
  return replacement !== undefined ? { line: replacement, envVar, steps } : { envVar, steps };
}

/** Attaches the replacement line and weakness notes to each finding. */
export function applyRemedies(findings: Finding[], rules: ReadonlyMap<string, Rule>, ctx: RemedyContext): Finding[] {
  return findings.map((f) => {
    const rule = rules.get(f.ruleId);
    const r = remedyFor(f, rule, ctx);
    const notes = f.ruleId.startsWith("django-") ? [...weakDjangoKeyNotes(f.secret), ...f.notes] : f.notes;
    const fixSteps = [...r.steps, rule?.rotate ?? ROTATE];
    return { ...f, notes, fixSteps, ...(r.line !== undefined ? { remediation: r.line } : {}) };
  });
}

function findFallback(line: string, secret: string): { name: string; start: number; end: number } | undefined {
  FALLBACK_CALL.lastIndex = 0;
  for (let m = FALLBACK_CALL.exec(line); m; m = FALLBACK_CALL.exec(line)) {
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

function replaceLiteral(line: string, secret: string, expr: string, kind: Kind): string | undefined {
  const at = line.indexOf(secret);
  if (at < 0) return undefined;
  const q = line[at - 1];
  if (q !== undefined && `"'\``.includes(q) && line[at + secret.length] === q) {
    let start = at - 1;
    if (/[rbuRBUf@]/.test(line[start - 1] ?? "") && !/[A-Za-z0-9_]/.test(line[start - 2] ?? "")) start--;
    // YAML/compose/shell keep their quotes around an interpolation; code replaces the literal.
    if (kind === "compose" || kind === "yaml" || kind === "github-actions") return line.slice(0, at) + expr + line.slice(at + secret.length);
    return line.slice(0, start) + expr + line.slice(at + secret.length + 1);
  }
  return line.slice(0, at) + expr + line.slice(at + secret.length);
}

/** A provider rule names its variable; otherwise the assigned name, in UPPER_SNAKE_CASE. */
function chooseEnvVar(f: Finding, rule: Rule | undefined): string {
  const fromName = f.name ? upperSnake(f.name) : undefined;
  if (rule?.envVar && (rule.id.startsWith("django-") || !fromName || !rule.id.startsWith("generic-"))) {
    return rule.envVar;
  }
  return fromName ?? rule?.envVar ?? "SECRET";
}

export function upperSnake(name: string): string {
  const last = name.replace(/["'\[\]]/g, "").split(/[.:]/).filter(Boolean).pop() ?? name;
  return last
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase() || "SECRET";
}
