// Finding → the concrete fix: the replacement line that reads the environment, in the file's
// own language and with the configuration library the project already uses.
import type { Finding, Rule } from "../types.js";
import { kindOf, type Kind } from "../detect/filekind.js";
import { readExpr } from "./language.js";
import { pythonLibOf, type ProjectLibs } from "./project.js";
import { chooseEnvVar } from "./names.js";
import { rewriteLine, type ReadExpr } from "./rewrite.js";
import { setupFor } from "./setup.js";
import { weaknessNotes } from "./weakness.js";

/** For rules that name no provider-specific way: a value that was ever pushed has leaked. */
const ROTATE =
  "If this value was ever pushed, it has leaked even once removed: change it (rotate) wherever it is used.";

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

/** The file's kind, library and read expression: what remedyFor and `leakproof fix` both start from. */
export interface FileContext {
  kind: Kind;
  pythonLib: ProjectLibs["python"];
  expr: ReadExpr;
}

export function fileContext(path: string, fileText: string | undefined, project: ProjectLibs): FileContext {
  const kind = kindOf(path);
  const pythonLib = kind === "python" ? pythonLibOf(fileText, project) : undefined;
  return { kind, pythonLib, expr: readExpr(kind, project, pythonLib) };
}

/** What a remedy needs from a file as a whole: read and worked out once per file, not per finding. */
interface PerFile {
  kind: Kind;
  fc: FileContext;
  setup: ReturnType<typeof setupFor>;
}

function perFile(path: string, ctx: RemedyContext): PerFile {
  const kind = kindOf(path);
  const fileText = kind === "python" || kind === "js" || kind === "go" ? ctx.fileText(path) : undefined;
  const fc = fileContext(path, fileText, ctx.project);
  return { kind, fc, setup: setupFor(kind, fileText, ctx.project, fc.pythonLib) };
}

export function remedyFor(
  f: Finding,
  rule: Rule | undefined,
  ctx: RemedyContext,
  files?: Map<string, PerFile>,
): Remedy {
  let file = files?.get(f.file);
  if (!file) {
    file = perFile(f.file, ctx);
    files?.set(f.file, file);
  }
  const { kind, fc } = file;
  const rewritten = rewriteLine(f.lineText.trim(), f.secret, kind, chooseEnvVar(f, rule), fc.expr);
  const envVar = "name" in rewritten ? rewritten.name : (rewritten.forcedName ?? chooseEnvVar(f, rule));
  const steps: string[] = [];

  if (kind === "dotenv") {
    steps.push(
      `${f.file} is the right place for the value, but it must stay out of git: add it to .gitignore and run \`git rm --cached ${f.file}\`.`,
    );
  } else if (kind === "dockerfile") {
    steps.push(
      `Remove the value from the image: pass it at run time (\`docker run -e ${envVar}\`, or \`environment:\` in compose), or use a build secret (\`RUN --mount=type=secret\`).`,
    );
  } else if ("line" in rewritten) {
    const setup = file.setup;
    if (setup) steps.push(setup.step);
    if (kind === "github-actions")
      steps.push(
        `Store the value as a repository secret named ${envVar} (Settings → Secrets and variables → Actions).`,
      );
    else
      steps.push(
        `Put the value in .env (${envVar}=…), keep .env out of git, and set ${envVar} in each deployment's environment.`,
      );
  } else if (fc.expr(envVar, "plain") !== undefined) {
    steps.push(`${capitalize(rewritten.reason)}; read it from the ${envVar} environment variable.`);
  } else {
    steps.push(
      `Move the value out of this file: load it from the ${envVar} environment variable where this file is read.`,
    );
  }
  return "line" in rewritten ? { line: rewritten.line, envVar, steps } : { envVar, steps };
}

/** Attaches the replacement line and weakness notes to each finding. */
export function applyRemedies(findings: Finding[], rules: ReadonlyMap<string, Rule>, ctx: RemedyContext): Finding[] {
  // Thousands of findings in one file (a key dump) read it once: one git process, one regex pass.
  const files = new Map<string, PerFile>();
  return findings.map((f) => {
    const rule = rules.get(f.ruleId);
    const r = remedyFor(f, rule, ctx, files);
    const weak = weaknessNotes(rule?.weakness, f.secret);
    const notes = weak.length > 0 ? [...weak, ...f.notes] : f.notes;
    const fixSteps = [...r.steps, rotation(rule, ctx.project)];
    return { ...f, notes, fixSteps, ...(r.line !== undefined ? { remediation: r.line } : {}) };
  });
}

/**
 * How to rotate the secret: the rule's advice, except for a Django key in a project pinned below
 * Django 4.1, which has no SECRET_KEY_FALLBACKS to keep the old key working meanwhile.
 */
function rotation(rule: Rule | undefined, project: ProjectLibs): string {
  const django = project.django;
  if (rule?.weakness === "django-secret-key" && django && !django.fallbacks)
    return `Generate a new key (${rule.rotateCommand ?? "leakproof rotate django"}) and replace this one. Django ${django.version} (pinned in ${django.file}) has no SECRET_KEY_FALLBACKS (4.1+): the switch logs everyone out and voids password-reset links, so pick the moment, or upgrade Django first.`;
  return rule?.rotate ?? ROTATE;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
