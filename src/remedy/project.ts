// Which configuration libraries the project already uses, so a fix reads the environment its way.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, formatVersion, projectVersion } from "../django/version.js";

export interface ProjectLibs {
  /** Django's version where the project pins one (rotation advice differs before 4.1). */
  django?: { version: string; file: string; fallbacks: boolean };
  python?: "django-environ" | "python-decouple" | "environs";
  node?: "dotenv";
  php?: "laravel";
  ruby?: "dotenv";
}

const PY_FILES = [
  "requirements.txt",
  "requirements-dev.txt",
  "requirements/base.txt",
  "requirements/production.txt",
  "pyproject.toml",
  "Pipfile",
  "setup.cfg",
  "setup.py",
];

export function detectProject(root: string): ProjectLibs {
  const libs: ProjectLibs = {};
  const py = [...new Set([...PY_FILES, ...requirementFiles(root)])]
    .map((f) => read(join(root, f)))
    .join("\n")
    .toLowerCase();
  if (/(^|[^a-z-])django-environ\b/m.test(py)) libs.python = "django-environ";
  else if (/(^|[^a-z-])python-decouple\b/m.test(py)) libs.python = "python-decouple";
  else if (/(^|[^a-z-])environs\b/m.test(py)) libs.python = "environs";
  const pkg = read(join(root, "package.json"));
  if (/"dotenv"\s*:/.test(pkg)) libs.node = "dotenv";
  if (/"laravel\/framework"\s*:/.test(read(join(root, "composer.json")))) libs.php = "laravel";
  if (/^\s*gem\s+["']dotenv(?:-rails)?["']/m.test(read(join(root, "Gemfile")))) libs.ruby = "dotenv";
  const django = projectVersion(root);
  // SECRET_KEY_FALLBACKS came with Django 4.1: only a pin below it rules the advice out (>=3.2 may run 5.x).
  if (django)
    libs.django = {
      version: formatVersion(django.version),
      file: django.file,
      fallbacks: !django.pinned || compare(django.version, [4, 1]) >= 0,
    };
  return libs;
}

/** requirements*.txt at the root and requirements/*.txt. */
function requirementFiles(root: string): string[] {
  const list = (dir: string, prefix: string, test: (n: string) => boolean) => {
    try {
      return readdirSync(join(root, dir))
        .filter(test)
        .map((n) => prefix + n);
    } catch {
      return [];
    }
  };
  return [
    ...list(".", "", (n) => /^requirements.*\.txt$/.test(n)),
    ...list("requirements", "requirements/", (n) => n.endsWith(".txt")),
  ];
}

/** A file's own imports beat the project's manifest: settings.py may use a library the others don't. */
export function pythonLibOf(fileText: string | undefined, project: ProjectLibs): ProjectLibs["python"] {
  if (fileText) {
    if (/^\s*(?:import environ\b|from environ import)/m.test(fileText)) return "django-environ";
    if (/^\s*from decouple import/m.test(fileText)) return "python-decouple";
    if (/^\s*from environs import/m.test(fileText)) return "environs";
    if (/^\s*(?:import os\b|from os import)/m.test(fileText)) return undefined;
  }
  return project.python;
}

function read(file: string): string {
  try {
    return existsSync(file) ? readFileSync(file, "utf8") : "";
  } catch {
    return "";
  }
}
