// Finds a project's Django settings modules and decides which one production runs.
// DJANGO_SETTINGS_MODULE is read where projects set it (manage.py, wsgi.py, asgi.py, pytest.ini,
// setup.cfg, tox.ini, pyproject.toml, Procfile, Dockerfiles, compose files, .env files, other .py
// files); a module used by the WSGI/ASGI entry points or by a deployment file, or named for
// production, is production; dev, local and test modules are checked only when asked.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** How a file that names a settings module is used. */
export type SourceKind = "entry" | "deploy" | "dev" | "other";

export interface Reference {
  module: string;
  file: string;
  kind: SourceKind;
}

export interface SettingsModule {
  module: string;
  file: string;
  role: "production" | "dev" | "other";
  /** Why it is taken as production (or not), for the report's notes. */
  reason: string;
}

export interface Project {
  root: string;
  /** Every .py file, POSIX, relative to root. */
  pyFiles: string[];
  /** Every other file the walk saw (for facts such as a proxy configuration). */
  otherFiles: string[];
  references: Reference[];
}

const SKIP_DIRS = new Set([
  ".git",
  "node_modules",
  "__pycache__",
  ".venv",
  "venv",
  "env",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  "site-packages",
  "dist",
  "build",
  "staticfiles",
  "media",
  "htmlcov",
]);
const MAX_DEPTH = 8;
const MAX_FILES = 50_000;
const MAX_READ = 1 << 20;

const PROD_NAME = /^(?:prod|production|live|deploy|deployment|staging|stage)$/i;
const DEV_NAME = /^(?:dev|develop|development|local|test|tests|testing|ci|debug)$/i;

/** `DJANGO_SETTINGS_MODULE = x`, `"DJANGO_SETTINGS_MODULE", "x"`, `DJANGO_SETTINGS_MODULE: x`, `ENV … x`, `--settings=x`. */
const ASSIGN =
  /DJANGO_SETTINGS_MODULE["']?[ \t]{0,20}[:=,]?[ \t]{0,20}["']?([A-Za-z_][\w]{0,100}(?:\.[A-Za-z_][\w]{0,100}){0,20})/g;
const FLAG = /--settings[= ]["']?([A-Za-z_][\w]{0,100}(?:\.[A-Za-z_][\w]{0,100}){0,20})/g;

export function scanProject(root: string): Project {
  const pyFiles: string[] = [];
  const otherFiles: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      if (pyFiles.length + otherFiles.length >= MAX_FILES) return;
      const path = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = statSync(join(dir, name));
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIP_DIRS.has(name) && !(name.startsWith(".") && name !== ".github"))
          walk(join(dir, name), path, depth + 1);
      } else if (st.isFile()) (name.endsWith(".py") ? pyFiles : otherFiles).push(path);
    }
  };
  walk(root, "", 0);
  const references: Reference[] = [];
  for (const file of [...pyFiles, ...otherFiles]) {
    const kind = sourceKind(file);
    if (kind === undefined) continue;
    const text = read(join(root, file));
    if (!text.includes("DJANGO_SETTINGS_MODULE") && !text.includes("--settings")) continue;
    for (const re of [ASSIGN, FLAG]) {
      for (const m of text.matchAll(re)) {
        const module = m[1]!;
        if (module === "DJANGO_SETTINGS_MODULE" || module.startsWith("os.")) continue;
        references.push({ module, file, kind });
      }
    }
  }
  return { root, pyFiles, otherFiles, references };
}

/** How a file is used, by its name; undefined for files that never name the settings module. */
export function sourceKind(file: string): SourceKind | undefined {
  const name = basename(file);
  const lower = name.toLowerCase();
  const devish = /(?:^|[._-])(?:local|dev|develop|development|test|tests|testing|ci)(?:[._-]|$)/i.test(name);
  if (name === "wsgi.py" || name === "asgi.py") return "entry";
  if (name === "manage.py" || ["pytest.ini", "setup.cfg", "tox.ini", "pyproject.toml", "conftest.py"].includes(name))
    return "dev";
  if (
    lower.startsWith("dockerfile") ||
    lower.endsWith(".dockerfile") ||
    name === "Procfile" ||
    /^procfile\./i.test(name)
  )
    return devish ? "dev" : "deploy";
  if (/compose[\w.-]{0,60}\.ya?ml$/i.test(name) || ["app.yaml", "fly.toml", "render.yaml", "Makefile"].includes(name))
    return devish ? "dev" : name === "Makefile" ? "other" : "deploy";
  if (/^\.env(?:\..{1,40})?$/.test(name) || /\.env$/.test(name)) {
    if (/prod|production|live/i.test(name)) return "deploy";
    return devish ? "dev" : "other";
  }
  if (name.endsWith(".py")) return "other";
  if (/\.ya?ml$/.test(name) && /(?:^|\/)(?:\.github|deploy|k8s|kubernetes|helm|charts?)\//.test(file)) return "deploy";
  return undefined;
}

/** The file of a dotted module: the shortest path ending in a/b/c.py or a/b/c/__init__.py. */
export function moduleFile(project: Project, module: string): string | undefined {
  const tail = module.split(".").join("/");
  const hits = project.pyFiles.filter(
    (f) =>
      f === `${tail}.py` ||
      f === `${tail}/__init__.py` ||
      f.endsWith(`/${tail}.py`) ||
      f.endsWith(`/${tail}/__init__.py`),
  );
  hits.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return hits[0];
}

/** The dotted name of a .py file, relative to the directory that holds manage.py (else the root). */
export function moduleName(project: Project, file: string): string {
  const bases = project.pyFiles
    .filter((f) => basename(f) === "manage.py")
    .map((f) => dirname(f))
    .map((d) => (d === "." ? "" : d));
  const base = bases.find((b) => b === "" || file.startsWith(`${b}/`)) ?? "";
  const rel = base ? file.slice(base.length + 1) : file;
  return rel
    .replace(/(?:\/__init__)?\.py$/, "")
    .split("/")
    .join(".");
}

function lastPart(module: string): string {
  return module.split(".").pop() ?? module;
}

/** Settings modules with their role. `asked` names modules to check as production. */
export function settingsModules(project: Project, asked: readonly string[] = []): SettingsModule[] {
  const out = new Map<string, SettingsModule>();
  const add = (module: string, role: SettingsModule["role"], reason: string) => {
    const file = moduleFile(project, module);
    if (!file) return;
    const old = out.get(module);
    if (old && (old.role === "production" || role !== "production")) return;
    out.set(module, { module, file, role, reason });
  };
  for (const m of asked) {
    add(m, "production", "named with --settings");
    if (!out.has(m)) {
      const asFile = project.pyFiles.includes(m) ? m : undefined;
      if (asFile)
        out.set(m, {
          module: moduleName(project, asFile),
          file: asFile,
          role: "production",
          reason: "named with --settings",
        });
    }
  }
  if (asked.length > 0) return [...out.values()];

  // Named for production, or used by an entry point or a deployment file.
  for (const r of project.references) {
    const name = lastPart(r.module);
    if (DEV_NAME.test(name)) add(r.module, "dev", `${r.file} uses it, and it is named for development`);
    else if (r.kind === "entry" || r.kind === "deploy")
      add(r.module, "production", `${r.file} sets DJANGO_SETTINGS_MODULE to it`);
    else if (PROD_NAME.test(name)) add(r.module, "production", `named for production (${r.file} uses it)`);
    else add(r.module, r.kind === "dev" ? "dev" : "other", `${r.file} uses it`);
  }
  // Settings files nobody names: settings.py, settings/*.py.
  for (const f of project.pyFiles) {
    const inPackage = /(?:^|\/)settings\/[^/]+\.py$/.test(f) && !f.endsWith("__init__.py");
    if (basename(f) !== "settings.py" && !inPackage) continue;
    const module = moduleName(project, f);
    if (out.has(module)) continue;
    // A library's own settings.py (rest_framework/settings.py) is not a Django settings module.
    if (!looksLikeSettings(read(join(project.root, f)))) continue;
    const name = lastPart(module);
    if (PROD_NAME.test(name)) add(module, "production", `named for production`);
    else add(module, DEV_NAME.test(name) ? "dev" : "other", "a settings file");
  }
  const all = [...out.values()];
  if (!all.some((m) => m.role === "production")) {
    // One project-wide settings.py (startproject) with no deployment file naming it: production too.
    const candidates = all.filter((m) => m.role === "other" && lastPart(m.module) === "settings");
    if (candidates.length === 1)
      candidates[0]!.reason = `the only settings module (${candidates[0]!.reason}); no module is named for production`;
    if (candidates.length === 1) candidates[0]!.role = "production";
  }
  return all.sort((a, b) => (a.module < b.module ? -1 : 1));
}

/** Django settings set what Django reads (or import them from a base module). */
const SETTINGS_LINE =
  /^(?:(?:INSTALLED_APPS|MIDDLEWARE|ROOT_URLCONF|SECRET_KEY|DATABASES|ALLOWED_HOSTS|DEBUG)[ \t]*[+:]?=|from[ \t]+[\w.]+[ \t]+import[ \t]+\*)/m;

function looksLikeSettings(text: string): boolean {
  return SETTINGS_LINE.test(text);
}

function read(file: string): string {
  try {
    const st = statSync(file);
    if (st.size > MAX_READ) return "";
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
