// `leakproof django --fix` adds only the safe missing settings, never changes a value set
// explicitly; and every fix line the report suggests, pasted into the production module, makes
// its check pass, for leakproof and (where installed) for Django itself.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { PYTHON, cookiecutter, decouple, pythonHas, startproject, strongKey } from "./projects.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  remediation?: string;
  fixSteps?: string[];
}

function findings(dir: string, ...args: string[]): JsonFinding[] {
  const r = leakproof(["django", "--format", "json", "--quiet", ...args], { cwd: dir });
  expect(r.code, r.stderr).toBeLessThan(2);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

function ids(f: JsonFinding[]): string[] {
  return f.map((x) => x.ruleId).sort();
}

/** Django's security ids for a settings module, with only `env` set. */
function djangoIds(dir: string, module: string, env: Record<string, string>): string[] {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^DJANGO_|^SECRET_KEY$|^DEBUG$/.test(k)) clean[k] = v;
  const r = spawnSync(PYTHON!, ["manage.py", "check", "--deploy", `--settings=${module}`], {
    cwd: dir,
    env: { ...clean, PYTHONDONTWRITEBYTECODE: "1", ...env },
    encoding: "utf8",
  });
  const out = `${r.stdout}\n${r.stderr}`;
  if (!/System check identified/.test(out)) throw new Error(`Django's check did not run:\n${out}`);
  return [...new Set([...out.matchAll(/\(security\.([WE]\d{3})\)/g)].map((m) => `django-${m[1]!}`))].sort();
}

describe("leakproof django --fix", () => {
  it("adds the missing cookie settings to the production module; DEBUG = True, set explicitly, stays", () => {
    const dir = startproject();
    const settings = join(dir, "mysite", "settings.py");
    const before = readFileSync(settings, "utf8");
    const r = leakproof(["django", "--fix", "--yes"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("+SESSION_COOKIE_SECURE = True");
    expect(r.stderr).toContain("added 2 setting(s) to mysite/settings.py");
    const after = readFileSync(settings, "utf8");
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain("DEBUG = True\n");
    expect(after.slice(before.trimEnd().length)).toBe(
      "\n\n\n# Deployment settings (leakproof django: Django's check --deploy)\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n",
    );
    const left = ids(findings(dir));
    expect(left).not.toContain("django-W012");
    expect(left).not.toContain("django-W016");
    expect(left).toContain("django-W018");
    if (PYTHON) expect(djangoIds(dir, "mysite.settings", {})).toEqual(left.filter((x) => /^django-[WE]\d{3}$/.test(x)));
  });

  it("--dry-run shows the diff and writes nothing; no terminal and no --yes writes nothing", () => {
    const dir = startproject();
    const settings = join(dir, "mysite", "settings.py");
    const before = readFileSync(settings, "utf8");
    const dry = leakproof(["django", "--fix", "--dry-run"], { cwd: dir });
    expect(dry.stdout).toContain("+CSRF_COOKIE_SECURE = True");
    expect(dry.stderr).toContain("dry run: nothing was written");
    const noTty = leakproof(["django", "--fix"], { cwd: dir });
    expect(noTty.stderr).toContain("not a terminal: nothing was written");
    expect(readFileSync(settings, "utf8")).toBe(before);
  });

  it("keeps CRLF line endings, and never changes a value set explicitly", () => {
    const dir = startproject();
    const settings = join(dir, "mysite", "settings.py");
    writeFileSync(
      settings,
      readFileSync(settings, "utf8").replace(/\n/g, "\r\n") + "X_FRAME_OPTIONS = 'SAMEORIGIN'\r\n",
    );
    leakproof(["django", "--fix", "--yes", "--quiet"], { cwd: dir });
    const after = readFileSync(settings, "utf8");
    expect(after.includes("\n") && !/[^\r]\n/.test(after)).toBe(true);
    // SAMEORIGIN was set explicitly: not changed.
    expect(after).toContain("X_FRAME_OPTIONS = 'SAMEORIGIN'");
    expect(after).not.toContain('X_FRAME_OPTIONS = "DENY"');
  });

  it("nothing safe to add: says so, changes nothing", () => {
    const dir = cookiecutter({ debugDefault: "True" });
    const r = leakproof(["django", "--fix", "--yes"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing to add safely");
  });
});

describe("every suggested fix line, pasted, passes its check", () => {
  /** Pastes each finding's fix line (and the imports its steps ask for) at the end of `file`. */
  function paste(dir: string, file: string, found: JsonFinding[]): void {
    const lines: string[] = [];
    for (const f of found) {
      if (!f.remediation) continue;
      for (const s of f.fixSteps ?? []) {
        const imp =
          /^Add `(import os)`|^Add `(from decouple import config)`|^Import Csv too: `(from decouple import Csv, config)`/.exec(
            s,
          );
        if (imp) lines.unshift(imp[1] ?? imp[2] ?? imp[3]!);
      }
      lines.push(f.remediation);
    }
    appendFileSync(join(dir, file), `\n${[...new Set(lines)].join("\n")}\n`);
  }

  const fixable = (f: JsonFinding[]) => ids(f.filter((x) => x.remediation && /^django-[WE]\d{3}$/.test(x.ruleId)));

  it("os.environ (startproject)", () => {
    const dir = startproject();
    const before = findings(dir);
    expect(fixable(before)).toEqual([
      "django-W004",
      "django-W008",
      "django-W009",
      "django-W012",
      "django-W016",
      "django-W018",
      "django-W020",
    ]);
    paste(dir, "mysite/settings.py", before);
    // The required variables are the deployment's: once set, nothing of those is left.
    const env = { DJANGO_SECRET_KEY: strongKey(), DJANGO_ALLOWED_HOSTS: "example.com" };
    const after = ids(findings(dir));
    for (const id of fixable(before)) expect(after).not.toContain(id);
    if (PYTHON) expect(djangoIds(dir, "mysite.settings", env)).toEqual(["django-W005", "django-W021"]);
    // W005 and W021 appear once HSTS is on; their own fixes close them too.
    paste(dir, "mysite/settings.py", findings(dir));
    expect(fixable(findings(dir))).toEqual([]);
    if (PYTHON) expect(djangoIds(dir, "mysite.settings", env)).toEqual([]);
  });

  it("python-decouple", () => {
    const dir = decouple();
    const before = findings(dir);
    paste(dir, "shop/settings.py", before);
    expect(fixable(findings(dir))).toEqual([]);
    if (PYTHON && pythonHas("decouple"))
      expect(djangoIds(dir, "shop.settings", { SECRET_KEY: strongKey(), DJANGO_ALLOWED_HOSTS: "example.com" })).toEqual(
        [],
      );
  });

  it("django-environ (cookiecutter-django)", () => {
    const dir = cookiecutter({ debugDefault: "True" });
    const before = findings(dir);
    expect(ids(before)).toEqual(["django-W018"]);
    paste(dir, "config/settings/production.py", before);
    expect(findings(dir)).toEqual([]);
    if (PYTHON && pythonHas("environ"))
      expect(
        djangoIds(dir, "config.settings.production", { DJANGO_SECRET_KEY: strongKey(), DJANGO_ADMIN_URL: "x/" }),
      ).toEqual([]);
  });
});
