// What a file needs before its new environment read works: `import os`, django-environ's
// `env = environ.Env()`, `from decouple import config`, dotenv loading, Go's "os" import.
// The report names it as a step; `leakproof fix` writes it (remedy/insert.ts places it).
import type { Kind } from "../detect/filekind.js";
import type { ProjectLibs } from "./project.js";

export interface FileSetup {
  lang: "python" | "js" | "go";
  /** Import lines to add. */
  imports: string[];
  /** Python: where the imports go: before the first import (standard library) or after the last one. */
  placement: "first-import" | "after-imports";
  /** Python: lines after the imports (e.g. `env = environ.Env()`). */
  after: string[];
  /** The same, as a step in a report. */
  step: string;
}

/** Module-level `import os` (also `import sys, os`, `import os.path`), which binds the name `os`. */
const IMPORTS_OS = /^import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:\.[\w.]+)?(?![\w.]|[ \t]+as\b)/m;

export function setupFor(
  kind: Kind,
  fileText: string | undefined,
  libs: ProjectLibs,
  pythonLib: ProjectLibs["python"],
): FileSetup | undefined {
  if (fileText === undefined) return undefined;
  if (kind === "python") return pythonSetup(fileText, pythonLib);
  if (kind === "js") return jsSetup(fileText, libs);
  if (kind === "go") return goSetup(fileText);
  return undefined;
}

function pythonSetup(text: string, lib: ProjectLibs["python"]): FileSetup | undefined {
  const definesEnv = /^env[ \t]*(?::[^=\n]*)?=/m.test(text);
  switch (lib) {
    case undefined:
      if (IMPORTS_OS.test(text)) return undefined;
      return {
        lang: "python",
        imports: ["import os"],
        placement: "first-import",
        after: [],
        step: "Add `import os` at the top of the file.",
      };
    case "django-environ": {
      if (definesEnv) return undefined;
      const fromEnviron = /^from[ \t]+environ[ \t]+import[ \t][^\n]*\bEnv\b/m.test(text);
      const imported = fromEnviron || /^import[ \t]+environ\b/m.test(text);
      const after = [fromEnviron ? "env = Env()" : "env = environ.Env()"];
      return {
        lang: "python",
        imports: imported ? [] : ["import environ"],
        placement: "after-imports",
        after,
        step: "With django-environ: `import environ` and `env = environ.Env()` near the top of settings.",
      };
    }
    case "python-decouple":
      if (/^from[ \t]+decouple[ \t]+import[ \t][^\n]*\bconfig\b/m.test(text) || /^config[ \t]*=/m.test(text))
        return undefined;
      return {
        lang: "python",
        imports: ["from decouple import config"],
        placement: "after-imports",
        after: [],
        step: "Add `from decouple import config` at the top of the file.",
      };
    case "environs": {
      if (definesEnv) return undefined;
      const imported = /^from[ \t]+environs[ \t]+import[ \t][^\n]*\bEnv\b/m.test(text);
      return {
        lang: "python",
        imports: imported ? [] : ["from environs import Env"],
        placement: "after-imports",
        after: ["env = Env()", "env.read_env()"],
        step: "With environs: `from environs import Env`, `env = Env()` and `env.read_env()` near the top of the file.",
      };
    }
  }
}

/** With dotenv in the project, the file loads .env itself unless it already mentions dotenv. */
function jsSetup(text: string, libs: ProjectLibs): FileSetup | undefined {
  if (libs.node !== "dotenv" || /\bdotenv\b/.test(text)) return undefined;
  const esm =
    /^[ \t]*(?:import[\s{*"'\w]|export[\s{*])/m.test(text) &&
    !/^[ \t]*(?:const|let|var)[ \t]+[^=\n]+=[ \t]*require\(/m.test(text);
  const q = /^[ \t]*(?:import[^\n]*from[ \t]*'|[^\n]*require\(')/m.test(text) ? "'" : '"';
  const line = esm ? `import ${q}dotenv/config${q};` : `require(${q}dotenv${q}).config();`;
  return {
    lang: "js",
    imports: [line],
    placement: "first-import",
    after: [],
    step: `Load .env first: \`${line}\` at the top of the file.`,
  };
}

function goSetup(text: string): FileSetup | undefined {
  if (/^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?"os"[ \t]*(?:\/\/[^\n]*)?$/m.test(text)) return undefined;
  return { lang: "go", imports: ['"os"'], placement: "first-import", after: [], step: 'Add `import "os"`.' };
}
