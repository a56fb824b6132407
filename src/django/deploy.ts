// The whole static `check --deploy`: project → settings modules → production's values →
// decided checks → findings. No I/O beyond reading the project's files.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { detectProject, pythonLibOf } from "../remedy/project.js";
import type { Finding } from "../types.js";
import { type CheckData, type SettingValue, decide, defaultFor, loadChecks } from "./checks.js";
import { Evaluator, type Module } from "./evaluate.js";
import { projectFacts } from "./facts.js";
import { type Addition, toFinding } from "./findings.js";
import { type SettingsModule, moduleFile, scanProject, settingsModules } from "./locate.js";
import { unknown } from "./value.js";
import { projectVersion } from "./version.js";
import { LeakproofError } from "../errors.js";

/** Nothing to check: no settings module, or none that production uses. */
export class NoSettingsError extends LeakproofError {}

export interface DeployOptions {
  /** Modules (dotted, or .py paths relative to root) to check as production. */
  settings?: readonly string[];
  /** Also check dev, local and test modules. */
  all?: boolean;
  data?: CheckData;
  /** Reads a project file (POSIX, relative to root); default: from disk. The hook reads staged ones from the index. */
  read?: (file: string) => string;
}

export interface DeployResult {
  findings: Finding[];
  /** Which modules were checked and why; what could not be decided or followed. */
  notes: string[];
  checked: SettingsModule[];
  /** By finding fingerprint: the line `--fix` may add for it (a missing setting, safe to add). */
  additions: Map<string, Addition>;
  /** Every Python file the settings were read from (production modules, what they import). */
  files: string[];
}

export function checkDeploy(rootDir: string, opts: DeployOptions = {}): DeployResult {
  const root = resolve(rootDir);
  const data = opts.data ?? loadChecks();
  const project = scanProject(root);
  const modules = settingsModules(project, opts.settings ?? []);
  if (opts.settings && opts.settings.length > 0) {
    const missing = opts.settings.filter((m) => !modules.some((x) => x.module === m || x.file === m));
    if (missing.length > 0)
      throw new NoSettingsError(
        `no settings module ${missing.join(", ")} under ${root} (give a dotted module or a .py path)`,
      );
  }
  const targets = modules.filter((m) => m.role === "production" || (opts.all && m.role === "dev"));
  if (targets.length === 0) {
    if (modules.length === 0)
      throw new NoSettingsError(
        `no Django settings found under ${root}: no DJANGO_SETTINGS_MODULE in manage.py, wsgi.py, asgi.py, Dockerfile, Procfile, compose or .env files, and no settings.py`,
      );
    throw new NoSettingsError(
      `none of the settings modules under ${root} looks like production (${modules.map((m) => m.module).join(", ")}): name it with --settings MODULE, or use --all-settings`,
    );
  }

  const read = opts.read ?? ((file: string) => readFileSync(join(root, file), "utf8"));
  const files = new Set<string>();
  const ev = new Evaluator((module) => {
    const file = moduleFile(project, module);
    if (file) files.add(file);
    return file ? { file, text: read(file) } : undefined;
  });
  const version = projectVersion(root);
  const libs = detectProject(root);
  const notes: string[] = [];
  const findings = new Map<string, Finding>();
  const additions = new Map<string, Addition>();
  for (const target of targets) {
    notes.push(
      `checking ${target.module} (${target.file}) as ${target.role === "production" ? "production" : "a development module"}: ${target.reason}`,
    );
    const mod = ev.module(target.module);
    if (!mod) continue;
    const text = read(target.file);
    const facts = projectFacts(project, mod);
    const outcomes = decide(data, {
      get: (name) => settingOf(mod, data, name, version?.version),
      facts: facts.facts,
      version: version?.version,
    });
    for (const o of outcomes) {
      if (o.status === "undecidable") {
        notes.push(`${o.check.id} not decided for ${target.module}: ${o.why ?? "a value cannot be read statically"}`);
        continue;
      }
      const { finding: f, addition } = toFinding(o, {
        production: target,
        productionText: text,
        lib: pythonLibOf(text, libs),
        ...(version ? { version } : {}),
        ...(facts.admin ? { admin: facts.admin } : {}),
        bound: (name) => isBound(mod, name),
      });
      const key = `${f.ruleId}\0${f.file}\0${f.line}`;
      if (findings.has(key)) continue;
      findings.set(key, f);
      if (addition) additions.set(f.fingerprint, addition);
    }
  }
  notes.push(...new Set(ev.notes));
  if (!version)
    notes.push("no pinned Django version found (requirements*.txt, pyproject.toml, Pipfile): judged as current Django");
  return { findings: [...findings.values()], notes, checked: targets, additions, files: [...files].sort() };
}

/** `os`, `env` (a configuration object), `config` (decouple): bound in the module, maybe by a star import. */
function isBound(mod: Module, name: string): boolean {
  const v = mod.ns.get(name)?.value;
  if (name === "os") return v?.t === "ref" && v.path === "os";
  if (name === "env") return v?.t === "envobj";
  if (name === "config") return v?.t === "ref" && v.path === "decouple.config";
  return v !== undefined;
}

function settingOf(
  mod: Module,
  data: CheckData,
  name: string,
  version: readonly [number, number] | undefined,
): SettingValue {
  const b = mod.ns.get(name);
  if (b) return { name, value: b.value, binding: b };
  return { name, value: defaultFor(data, name, version) ?? unknown(`${name} has no known default`) };
}
