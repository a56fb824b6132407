// What kind of file a path is, as far as secrets go: in source code a secret is a quoted
// literal (an unquoted value is an expression); in config files a bare value is the value.

const CODE = new Set([
  "py",
  "pyi",
  "pyw",
  "ipynb",
  "js",
  "mjs",
  "cjs",
  "jsx",
  "ts",
  "mts",
  "cts",
  "tsx",
  "vue",
  "svelte",
  "rb",
  "rake",
  "php",
  "go",
  "java",
  "kt",
  "kts",
  "scala",
  "groovy",
  "gradle",
  "cs",
  "fs",
  "vb",
  "c",
  "h",
  "cc",
  "cpp",
  "cxx",
  "hpp",
  "hh",
  "m",
  "mm",
  "rs",
  "swift",
  "dart",
  "lua",
  "pl",
  "pm",
  "r",
  "ex",
  "exs",
  "erl",
  "clj",
  "cljs",
  "hs",
  "ml",
  "jl",
  "cr",
  "nim",
  "zig",
  // Terraform / HCL and PowerShell: a literal is quoted, a bare word is a reference (var.x, $env:X).
  "tf",
  "tfvars",
  "hcl",
  "ps1",
  "psm1",
]);

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

export function isCode(path: string): boolean {
  return CODE.has(extensionOf(path));
}
