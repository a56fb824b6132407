// Which configuration libraries the project already uses, so a fix reads the environment its way.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ProjectLibs {
  python?: "django-environ" | "python-decouple" | "environs";
  node?: "dotenv";
  php?: "laravel";
}

const PY_FILES = ["requirements.txt", "requirements-dev.txt", "requirements/base.txt", "requirements/production.txt", "pyproject.toml", "Pipfile", "setup.cfg", "setup.py"];

export function detectProject(root: string): ProjectLibs {
  const libs: ProjectLibs = {};
  const py = PY_FILES.map((f) => read(join(root, f))).join("\n").toLowerCase();
  if (/(^|[^a-z-])django-environ\b/m.test(py)) libs.python = "django-environ";
  else if (/(^|[^a-z-])python-decouple\b/m.test(py)) libs.python = "python-decouple";
  else if (/(^|[^a-z-])environs\b/m.test(py)) libs.python = "environs";
  const pkg = read(join(root, "package.json"));
  if (/"dotenv"\s*:/.test(pkg)) libs.node = "dotenv";
  if (/"laravel\/framework"\s*:/.test(read(join(root, "composer.json")))) libs.php = "laravel";
  return libs;
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
