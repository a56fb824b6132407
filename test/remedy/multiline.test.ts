// Fix and rotation advice that follow the project: a default in a read spread over several lines
// (cookiecutter-django's settings), and no SECRET_KEY_FALLBACKS advice where Django is pinned
// below 4.1. Real files, the real CLI; the Python result is parsed by Python.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { multilineDefault } from "../../src/remedy/multiline.js";
import { leakproof } from "../support/cli.js";
import { randomString } from "../support/fake.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";

const key = () => "django-insecure-" + randomString(50, "django");

function parsesAsPython(text: string): boolean {
  const r = spawnSync("python3", ["-c", "import ast,sys; ast.parse(sys.stdin.read())"], { input: text });
  return r.status === 0;
}

describe("a default in a call spread over several lines", () => {
  it("fix removes the default's line; the call requires the variable; the value is in .env under its name", () => {
    const dir = tempRepo();
    const [k, k2] = [key(), key()];
    writeFiles(dir, {
      "requirements.txt": "django-environ==0.11.2\n",
      "config/settings.py": `import environ\n\nenv = environ.Env()\n\nSECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n    default="${k}",\n)\nDEBUG = False\n`,
      "config/other.py": `from decouple import config\n\nTOKEN = config(\n    "APP_SECRET_KEY",\n    default='${k2}')\n`,
    });
    git(dir, "add", ".");
    const r = leakproof(["fix", "--yes"], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const settings = readFileSync(join(dir, "config/settings.py"), "utf8");
    expect(settings).toBe(
      'import environ\n\nenv = environ.Env()\n\nSECRET_KEY = env(\n    "DJANGO_SECRET_KEY",\n)\nDEBUG = False\n',
    );
    expect(readFileSync(join(dir, "config/other.py"), "utf8")).toBe(
      'from decouple import config\n\nTOKEN = config(\n    "APP_SECRET_KEY",\n    )\n',
    );
    expect(parsesAsPython(settings)).toBe(true);
    const env = readFileSync(join(dir, ".env"), "utf8");
    const line = (name: string) => env.split("\n").find((l) => l.startsWith(`${name}=`)) ?? "";
    expect(line("DJANGO_SECRET_KEY")).toContain(k);
    expect(line("APP_SECRET_KEY")).toContain(k2);
  });

  it("multilineDefault: only a default alone on its line, right under the variable's name, in a read of the environment", () => {
    const s = "s3cr3t";
    const at = (...lines: string[]) => multilineDefault(lines, lines.length - 1, s);
    expect(at("X = env(", '    "A",', `    default="${s}",`)).toEqual({ name: "A", rest: undefined });
    expect(at('X = os.getenv("A",', `    default="${s}")`)).toEqual({ name: "A", rest: "    )" });
    expect(at("X = something(", '    "A",', `    default="${s}",`)).toBeUndefined();
    expect(at("X = env(", '    "A",', "    cast=str,", `    default="${s}",`)).toBeUndefined();
    expect(at("X = env(", '    "A",', `    default="${s}" + other,`)).toBeUndefined();
  });
});

describe("rotation advice follows the pinned Django", () => {
  const advice = (requirements: string) => {
    const dir = tempRepo();
    writeFiles(dir, { "requirements.txt": requirements, "settings.py": `SECRET_KEY = "${key()}"\n` });
    git(dir, "add", ".");
    const r = leakproof(["staged"], { cwd: dir });
    expect(r.code).toBe(1);
    return r.stdout;
  };

  it("Django pinned below 4.1: no SECRET_KEY_FALLBACKS to keep the old key, and it says so", () => {
    const out = advice("Django==3.2.25\n");
    expect(out).not.toContain("keep the old one in SECRET_KEY_FALLBACKS");
    expect(out).toContain("Django 3.2 (pinned in requirements.txt) has no SECRET_KEY_FALLBACKS (4.1+)");
  });

  it("Django 4.1+, a lower bound only, or no pin: the fallbacks advice stays", () => {
    for (const req of ["Django==4.2.11\n", "Django>=3.2\n", "requests==2.0\n"])
      expect(advice(req)).toContain("keep the old one in SECRET_KEY_FALLBACKS (Django 4.1+)");
  });
});
