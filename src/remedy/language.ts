// How each kind of file reads an environment variable.
import { extensionOf } from "../detect/filekind.js";
import type { ProjectLibs } from "./project.js";

export type Kind =
  | "python"
  | "js"
  | "ruby"
  | "php"
  | "go"
  | "java"
  | "csharp"
  | "rust"
  | "github-actions"
  | "compose"
  | "yaml"
  | "dotenv"
  | "dockerfile"
  | "shell"
  | "other";

export function kindOf(path: string): Kind {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const ext = extensionOf(path);
  if (base === ".env" || base.startsWith(".env.") || ext === "env") return "dotenv";
  if (base === "dockerfile" || base.startsWith("dockerfile.") || ext === "dockerfile") return "dockerfile";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "github-actions";
  if (/(^|[-.])compose[^/]*\.ya?ml$/.test(base)) return "compose";
  switch (ext) {
    case "py":
    case "pyw":
    case "ipynb":
      return "python";
    case "js":
    case "mjs":
    case "cjs":
    case "jsx":
    case "ts":
    case "mts":
    case "cts":
    case "tsx":
    case "vue":
    case "svelte":
      return "js";
    case "rb":
    case "rake":
      return "ruby";
    case "php":
      return "php";
    case "go":
      return "go";
    case "java":
    case "kt":
    case "kts":
    case "scala":
    case "groovy":
      return "java";
    case "cs":
      return "csharp";
    case "rs":
      return "rust";
    case "yml":
    case "yaml":
      return "yaml";
    case "sh":
    case "bash":
    case "zsh":
      return "shell";
    default:
      return "other";
  }
}

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
