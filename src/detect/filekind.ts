// What kind of file a path is: the one list of file kinds. For detection, whether it is source
// code (there a secret is a quoted literal; an unquoted value is an expression; in config files a
// bare value is the value). For remedies, the language a fix reads the environment in.

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

/** Source code by extension, with its language ("other": no environment read is written in it). */
const CODE = new Map<string, Kind>([
  ...lang("python", "py", "pyi", "pyw", "ipynb"),
  ...lang("js", "js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "vue", "svelte"),
  // A source map's sourcesContent is code in JSON strings (as in a notebook): a literal is an escaped-quoted one.
  ...lang("other", "map"),
  ...lang("ruby", "rb", "rake"),
  ...lang("php", "php"),
  ...lang("go", "go"),
  // Gradle scripts are Groovy (or Kotlin): System.getenv reads the environment.
  ...lang("java", "java", "kt", "kts", "scala", "groovy", "gradle"),
  ...lang("csharp", "cs"),
  ...lang("rust", "rs"),
  ...lang(
    "other",
    ...["fs", "vb", "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "m", "mm", "swift", "dart", "lua", "pl", "pm", "r"],
    ...["ex", "exs", "erl", "clj", "cljs", "hs", "ml", "jl", "cr", "nim", "zig"],
    // Salesforce Apex classes and triggers; ActionScript
    ...["cls", "trigger", "apex", "as"],
  ),
  // Terraform / HCL and PowerShell: a literal is quoted, a bare word is a reference (var.x, $env:X).
  ...lang("other", "tf", "tfvars", "hcl", "ps1", "psm1"),
]);

/** Configuration and scripts by extension, where a bare value is the value. */
const CONFIG = new Map<string, Kind>([...lang("yaml", "yml", "yaml"), ...lang("shell", "sh", "bash", "zsh")]);

function lang(kind: Kind, ...extensions: string[]): Array<[string, Kind]> {
  return extensions.map((e) => [e, kind]);
}

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** An interpreter line naming a language where a bare word is an expression (not sh: there it is a value). */
const CODE_SHEBANG =
  /^#![^\n]{0,80}\b(?:node|nodejs|deno|bun|ts-node|tsx|python[0-9.]{0,4}|ruby|php|perl)(?:[ \t][^\n]{0,80})?(?:\r?\n|$)/;

export function isCode(path: string): boolean {
  return CODE.has(extensionOf(path));
}

/** A script without an extension (bin/sequelize) that is code by its `#!` line; `text` starts the file. */
export function isCodeScript(path: string, text: string): boolean {
  return text.startsWith("#!") && extensionOf(path) === "" && CODE_SHEBANG.test(text);
}

export function kindOf(path: string): Kind {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const ext = extensionOf(path);
  if (base === ".env" || base.startsWith(".env.") || ext === "env") return "dotenv";
  if (base === "dockerfile" || base.startsWith("dockerfile.") || ext === "dockerfile") return "dockerfile";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "github-actions";
  if (/(^|[-.])compose[^/]*\.ya?ml$/.test(base)) return "compose";
  return CODE.get(ext) ?? CONFIG.get(ext) ?? "other";
}
