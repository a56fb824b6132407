// Advice people paste is itself tested: every line leakproof prints for pasting (the rotation
// steps, the fix lines of each language whose interpreter is here, the README's example) is run,
// with its variables set and unset. Unset, it must fail loudly or give nothing (no empty key);
// set, it must give the value.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { fake, randomString, insecureDjangoKey, djangoKey } from "../support/fake.js";
import { tempDir, writeFiles } from "../support/tmp.js";

/** The system Python, which has Django (the pyenv one first on PATH may not). */
const PY = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const hasDjango = spawnSync(PY, ["-c", "import django"]).status === 0;

interface Ran {
  ok: boolean;
  /** The value the snippet produced, as JSON (null: nothing), when it ran. */
  value: unknown;
  stderr: string;
}

function runWith(cmd: string, args: string[], env: Record<string, string>): Ran {
  const r = spawnSync(cmd, args, { env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }, encoding: "utf8" });
  const out = r.stdout.trim();
  return { ok: r.status === 0, value: r.status === 0 ? JSON.parse(out) : undefined, stderr: r.stderr };
}

/** Runs Python lines (with `import os`) and returns the named variable. */
function python(lines: string, name: string, env: Record<string, string>): Ran {
  return runWith(PY, ["-c", `import os, json\n${lines}\nprint(json.dumps(${name}))`], env);
}

function node(lines: string, name: string, env: Record<string, string>): Ran {
  return runWith(process.execPath, ["-e", `${lines}\nconsole.log(JSON.stringify(${name} ?? null))`], env);
}

function sh(lines: string, name: string, env: Record<string, string>): Ran {
  return runWith("sh", ["-c", `${lines}\nprintf '"%s"' "$${name}"`], env);
}

/** Unset: a loud failure or no value at all; never a string (an empty key is a key anyone can use). */
function expectSafeWhenUnset(r: Ran): void {
  if (r.ok) expect(r.value === null || (Array.isArray(r.value) && r.value.length === 0)).toBe(true);
}

describe("leakproof rotate django: the settings lines it prints", () => {
  const printed = leakproof(["rotate", "django"], { cwd: tempDir() }).stdout;
  const lines = printed
    .split("\n")
    .filter((l) => /^\s+[A-Z_]+ = /.test(l))
    .map((l) => l.trim());
  const code = lines.join("\n");
  const key = djangoKey;

  it("prints both lines, for SECRET_KEY and SECRET_KEY_FALLBACKS", () => {
    expect(lines.map((l) => l.split(" ")[0])).toEqual(["SECRET_KEY", "SECRET_KEY_FALLBACKS"]);
  });

  it("with DJANGO_SECRET_KEY unset, settings fail to load (no empty key)", () => {
    const r = python(code, "SECRET_KEY", {});
    expect(r.ok).toBe(false);
    expect(r.stderr).toContain("KeyError");
  });

  it.each([
    ["unset", undefined, []],
    ["empty", "", []],
    ["blank items", " , ,", []],
    ["one old key", "OLD", ["OLD"]],
    ["two, with spaces and a trailing comma", " OLD1 , OLD2,", ["OLD1", "OLD2"]],
  ] as const)("fallbacks %s: never an empty key", (_what, fallbacks, expected) => {
    const k = key();
    const env: Record<string, string> = { DJANGO_SECRET_KEY: k };
    const old = expected.map(() => key());
    if (fallbacks !== undefined) {
      let i = 0;
      env.DJANGO_SECRET_KEY_FALLBACKS = fallbacks.replace(/OLD\d?/g, () => old[i++]!);
    }
    const r = python(code, "[SECRET_KEY, SECRET_KEY_FALLBACKS]", env);
    expect(r.ok).toBe(true);
    expect(r.value).toEqual([k, old]);
    expect((r.value as [string, string[]])[1]).not.toContain("");
  });

  it.runIf(hasDjango)("Django loads the settings and signs with the key, the fallbacks empty when unset", () => {
    const k = key();
    const run = (env: Record<string, string>) =>
      runWith(
        PY,
        [
          "-c",
          `import os, json\n${code}\nfrom django.conf import settings\nsettings.configure(SECRET_KEY=SECRET_KEY, SECRET_KEY_FALLBACKS=SECRET_KEY_FALLBACKS)\nfrom django.core import signing\nprint(json.dumps([signing.Signer().sign("x"), settings.SECRET_KEY_FALLBACKS]))`,
        ],
        env,
      );
    const r = run({ DJANGO_SECRET_KEY: k });
    expect(r.ok).toBe(true);
    expect((r.value as [string, string[]])[1]).toEqual([]);
    expect(run({}).ok).toBe(false);
  });

  it("the check itself sees the empty key of the line it replaces", () => {
    const old = `SECRET_KEY_FALLBACKS = os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",")`;
    const r = python(old, "SECRET_KEY_FALLBACKS", {});
    expect(r.value).toEqual([""]);
  });
});

describe("fix lines: each one runs, set and unset", () => {
  const ghp = () => fake("gh", "p_", randomString(36, "alnum"));
  const dir = () => {
    const d = tempDir();
    writeFiles(d, {
      "settings.py": `import os\nSECRET_KEY = '${insecureDjangoKey()}'\nOTHER_KEY = os.getenv("SECRET_KEY", "${djangoKey()}")\n`,
      "app.js": `const token = "${ghp()}";\nconst other = process.env.GH_TOKEN || "${ghp()}";\n`,
      "deploy.sh": `#!/bin/sh\nexport GITHUB_TOKEN=${ghp()}\n`,
      "docker-compose.yml": `services:\n  web:\n    environment:\n      SECRET_KEY: "${djangoKey()}"\n`,
    });
    return d;
  };
  const report = () => {
    const r = leakproof(["dir", "--format", "json"], { cwd: dir() });
    expect(r.code).toBe(1);
    return (JSON.parse(r.stdout) as { findings: Array<{ file: string; remediation?: string }> }).findings;
  };
  const findings = report();

  /** The variable the line reads and a way to run it with the variable set or not. */
  const cases = findings.flatMap((f) => {
    const line = f.remediation;
    if (line === undefined) return [];
    const reads = /(?:environ\[|getenv\(|process\.env\.|\$\{)"?([A-Z_][A-Z0-9_]*)/.exec(line)?.[1];
    if (!reads) return [];
    if (f.file.endsWith(".py")) {
      const lhs = /^(\w+)\s*=/.exec(line)![1]!;
      return [[f.file, line, reads, (env: Record<string, string>) => python(line, lhs, env)] as const];
    }
    if (f.file.endsWith(".js")) {
      const lhs = /^(?:const|let|var)\s+(\w+)/.exec(line)![1]!;
      return [[f.file, line, reads, (env: Record<string, string>) => node(line, lhs, env)] as const];
    }
    if (f.file.endsWith(".sh")) {
      const lhs = /^(?:export\s+)?(\w+)=/.exec(line)![1]!;
      return [[f.file, line, reads, (env: Record<string, string>) => sh(line, lhs, env)] as const];
    }
    // Compose interpolates `${…}` as the shell does.
    const expr = /\$\{[^}]*\}/.exec(line)![0];
    return [[f.file, line, reads, (env: Record<string, string>) => sh(`V="${expr}"`, "V", env)] as const];
  });

  it("covers Python (plain and a dropped fallback), JavaScript (plain and ||), shell and compose", () => {
    expect(cases.map(([file]) => file).sort()).toEqual([
      "app.js",
      "app.js",
      "deploy.sh",
      "docker-compose.yml",
      "settings.py",
      "settings.py",
    ]);
  });

  it.each(cases)("%s: %s", (_file, _line, name, run) => {
    const value = randomString(30, "alnum");
    const set = run({ [name]: value });
    expect(set.ok).toBe(true);
    expect(set.value).toBe(value);
    expectSafeWhenUnset(run({}));
  });
});

describe("README examples", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
  const pythonLines = [...readme.matchAll(/^\s+fix\s+(\w+ = os\.environ\[.*)$/gm)].map((m) => m[1]!);

  it.each(pythonLines)("%s", (line) => {
    const name = /^(\w+)/.exec(line)![1]!;
    const reads = /environ\["([A-Z_]+)"\]/.exec(line)![1]!;
    expect(python(line, name, { [reads]: "v" }).value).toBe("v");
    const unset = python(line, name, {});
    expect(unset.ok).toBe(false);
  });

  it("has the example", () => {
    expect(pythonLines.length).toBeGreaterThan(0);
  });
});
