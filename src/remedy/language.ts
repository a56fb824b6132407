// How each kind of file (detect/filekind.ts) reads an environment variable.
import type { Kind } from "../detect/filekind.js";
import type { ProjectLibs } from "./project.js";

/** The expression that reads variable `name` in a file of this kind, or undefined where none fits. */
export function envRead(
  kind: Kind,
  name: string,
  libs: ProjectLibs,
  pythonLib: ProjectLibs["python"],
): string | undefined {
  switch (kind) {
    case "python":
      if (pythonLib === "django-environ") return `env("${name}")`;
      if (pythonLib === "python-decouple") return `config("${name}")`;
      if (pythonLib === "environs") return `env.str("${name}")`;
      return `os.environ["${name}"]`;
    case "js":
      return `process.env.${name}`;
    case "ruby":
      return `ENV.fetch("${name}")`;
    case "php":
      return libs.php === "laravel" ? `env('${name}')` : `getenv('${name}')`;
    case "go":
      return `os.Getenv("${name}")`;
    case "java":
      return `System.getenv("${name}")`;
    case "csharp":
      return `Environment.GetEnvironmentVariable("${name}")`;
    case "rust":
      return `std::env::var("${name}")?`;
    case "github-actions":
      return `\${{ secrets.${name} }}`;
    case "compose":
    case "yaml":
      return `\${${name}}`;
    case "shell":
      return `"\${${name}:?${name} is not set}"`;
    default:
      return undefined;
  }
}

/**
 * envRead bound to one file. "required": the read that replaces a hardcoded fallback, so a missing
 * variable fails loudly. Compose always says so (`${X:?…}`): a plain `${X}` is an empty string when
 * X is unset, and an empty key is worse than none.
 */
export function readExpr(
  kind: Kind,
  libs: ProjectLibs,
  pythonLib: ProjectLibs["python"],
): (name: string, how: "plain" | "required") => string | undefined {
  return (name) => (kind === "compose" ? `\${${name}:?${name} is not set}` : envRead(kind, name, libs, pythonLib));
}
