// The line to write for a deployment finding, in the project's own configuration library
// (django-environ, python-decouple, environs, or os.environ): `DEBUG = env.bool("DJANGO_DEBUG",
// default=False)`, `SECURE_HSTS_SECONDS = 2_592_000`, …
import type { ProjectLibs } from "../remedy/project.js";
import type { Fix } from "./checks.js";

export type PythonLib = ProjectLibs["python"];

/** The replacement line for `setting`, or undefined when the fix is not one line. */
export function fixLine(setting: string, fix: Fix | undefined, lib: PythonLib, envVar?: string): string | undefined {
  if (!fix) return undefined;
  if (fix.line !== undefined) return fix.line;
  const name = envVar ?? fix.var ?? `DJANGO_${setting}`;
  const q = JSON.stringify(name);
  switch (fix.env) {
    case "bool": {
      const dflt = fix.value ?? "False";
      switch (lib) {
        case "django-environ":
        case "environs":
          return `${setting} = env.bool(${q}, default=${dflt})`;
        case "python-decouple":
          return `${setting} = config(${q}, default=${dflt}, cast=bool)`;
        default:
          return `${setting} = os.environ.get(${q}, "${dflt}").lower() == "true"`;
      }
    }
    case "list":
      switch (lib) {
        case "django-environ":
        case "environs":
          return `${setting} = env.list(${q})`;
        case "python-decouple":
          return `${setting} = config(${q}, cast=Csv())`;
        default:
          return `${setting} = os.environ[${q}].split(",")`;
      }
    case "str":
      switch (lib) {
        case "django-environ":
          return `${setting} = env(${q})`;
        case "environs":
          return `${setting} = env.str(${q})`;
        case "python-decouple":
          return `${setting} = config(${q})`;
        default:
          return `${setting} = os.environ[${q}]`;
      }
    default:
      return fix.value !== undefined ? `${setting} = ${fix.value}` : undefined;
  }
}

/** What the line needs imported, as a step (decouple's Csv is not in every settings file). */
export function importStep(line: string, lib: PythonLib, fileText: string): string | undefined {
  if (lib === "python-decouple" && line.includes("Csv()") && !/\bCsv\b/.test(fileText.replace(line, "")))
    return "Import Csv too: `from decouple import Csv, config`.";
  return undefined;
}
