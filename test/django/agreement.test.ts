// Agreement with Django itself: where a Python with Django is installed (Debian's python3-django;
// .ci/run installs it), Django's own `manage.py check --deploy` runs on the same generated
// settings, and its security check ids must be exactly those `leakproof django` reports. Every
// case also states the ids it expects, so the test means something where Django is missing.
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import {
  PYTHON,
  allRight,
  cookiecutter,
  decouple,
  ifNotDebug,
  pythonHas,
  startproject,
  strongKey,
} from "./projects.js";

if (!PYTHON)
  console.warn(
    "test/django/agreement: no Python imports django here (install python3-django): comparing with the expected ids only",
  );

/** Django's ids from `check --deploy` (security.* only: the checks leakproof mirrors). */
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
  return [...new Set([...out.matchAll(/\(security\.([WE]\d{3})\)/g)].map((m) => m[1]!))].sort();
}

/** leakproof's findings that mirror Django's checks, as Django's ids. */
function leakproofIds(dir: string): string[] {
  const r = leakproof(["django", "--format", "json", "--quiet"], { cwd: dir });
  expect(r.code, r.stderr).toBe(JSON.parse(r.stdout).findings.length > 0 ? 1 : 0);
  const ids = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string }> }).findings
    .map((f) => /^django-([WE]\d{3})$/.exec(f.ruleId)?.[1])
    .filter((x): x is string => x !== undefined);
  return [...new Set(ids)].sort();
}

interface Case {
  name: string;
  /** Lines appended to startproject's settings.py. */
  append: string;
  /** leakproof leaves some checks undecided: Django's ids must include its own, not equal them. */
  undecided?: boolean;
  expected: string[];
}

const STARTPROJECT = ["W004", "W008", "W009", "W012", "W016", "W018", "W020"];

const CASES: Case[] = [
  { name: "a fresh startproject", append: "", expected: STARTPROJECT },
  {
    name: "DEBUG off and a wildcard host",
    append: `DEBUG = False\nALLOWED_HOSTS = ["*"]\n`,
    expected: ["W004", "W008", "W009", "W012", "W016"],
  },
  {
    name: "no middleware at all",
    append: "MIDDLEWARE = []\n",
    expected: ["W001", "W002", "W003", "W009", "W010", "W018", "W020"],
  },
  {
    name: "middleware removed and appended (list methods)",
    append: `MIDDLEWARE.remove("django.middleware.security.SecurityMiddleware")\nMIDDLEWARE.append("django.middleware.security.SecurityMiddleware")\nMIDDLEWARE.remove("django.middleware.csrf.CsrfViewMiddleware")\n`,
    expected: ["W003", "W004", "W008", "W009", "W012", "W018", "W020"],
  },
  {
    name: "X_FRAME_OPTIONS SAMEORIGIN, no referrer policy, nosniff off",
    append: `X_FRAME_OPTIONS = 'SAMEORIGIN'\nSECURE_REFERRER_POLICY = None\nSECURE_CONTENT_TYPE_NOSNIFF = False\n`,
    expected: [...STARTPROJECT, "W006", "W019", "W022"].sort(),
  },
  {
    name: "an invalid referrer policy (comma-separated)",
    append: `SECURE_REFERRER_POLICY = "same-origin, bogus"\n`,
    expected: ["E023", ...STARTPROJECT].sort(),
  },
  {
    name: "a valid referrer policy as a tuple",
    append: `SECURE_REFERRER_POLICY = ("no-referrer", "strict-origin")\n`,
    expected: STARTPROJECT,
  },
  {
    name: "HSTS without subdomains or preload, HttpOnly off",
    append: `SECURE_HSTS_SECONDS = 3600\nSESSION_COOKIE_HTTPONLY = False\n`,
    expected: ["W005", "W008", "W009", "W012", "W015", "W016", "W018", "W020", "W021"],
  },
  {
    name: "CSRF token in the session",
    append: "CSRF_USE_SESSIONS = True\n",
    expected: ["W004", "W008", "W009", "W012", "W018", "W020"],
  },
  {
    name: "sessions middleware without the sessions app",
    append: `INSTALLED_APPS = [a for a in INSTALLED_APPS if a != "django.contrib.sessions"]\nINSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.messages"]\nSESSION_COOKIE_SECURE = 0\n`,
    expected: ["W004", "W008", "W009", "W011", "W016", "W018", "W020"],
  },
  {
    name: "MIDDLEWARE built by a comprehension: its checks are left undecided",
    append: "MIDDLEWARE = [m for m in MIDDLEWARE if m]\n",
    undecided: true,
    expected: ["W009", "W018", "W020"],
  },
  {
    name: "environment reads judged by their defaults (variables unset)",
    append: `import os
DEBUG = os.environ.get("DJANGO_DEBUG", "True") == "True"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", SECRET_KEY)
ALLOWED_HOSTS = os.getenv("DJANGO_ALLOWED_HOSTS", "").split(",") if os.getenv("DJANGO_ALLOWED_HOSTS") else []
SECURE_SSL_REDIRECT = bool(int(os.environ.get("DJANGO_SSL", 1)))
SESSION_COOKIE_SECURE = "DJANGO_INSECURE" not in os.environ
CSRF_COOKIE_SECURE = os.environ.get("DJANGO_CSRF_SECURE", "false").lower() in ("1", "true", "yes")
`,
    expected: ["W004", "W009", "W016", "W018", "W020"],
  },
  {
    name: "+= and tuples",
    append: `ALLOWED_HOSTS += ["example.com"]\nDEBUG = (False)\nSECURE_HSTS_SECONDS, SECURE_HSTS_PRELOAD = 60, True\nSECURE_HSTS_INCLUDE_SUBDOMAINS = (\n    True\n)\n`,
    expected: ["W008", "W009", "W012", "W016"],
  },
];

describe("leakproof django agrees with Django's check --deploy", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = startproject();
      appendFileSync(join(dir, "mysite", "settings.py"), `\n${c.append}`);
      const ours = leakproofIds(dir);
      expect(ours).toEqual(c.expected);
      if (!PYTHON) return;
      const theirs = djangoIds(dir, "mysite.settings", {});
      if (c.undecided) expect(theirs).toEqual(expect.arrayContaining(ours));
      else expect(theirs).toEqual(ours);
    });
  }

  it("an `if not DEBUG:` project: clean by both", () => {
    const dir = ifNotDebug();
    expect(leakproofIds(dir)).toEqual([]);
    if (PYTHON) expect(djangoIds(dir, "blog.settings", {})).toEqual([]);
  });

  it("an `if not DEBUG:` project whose DEBUG defaults to on: both see the production block skipped", () => {
    const dir = ifNotDebug();
    const settings = join(dir, "blog", "settings.py");
    writeFileSync(settings, readFileSync(settings, "utf8").replace('"DJANGO_DEBUG", "0"', '"DJANGO_DEBUG", "1"'));
    const expected = ["W004", "W008", "W012", "W016", "W018"];
    expect(leakproofIds(dir)).toEqual(expected);
    if (PYTHON) expect(djangoIds(dir, "blog.settings", {})).toEqual(expected);
  });

  it("a production module that sets everything right: no findings, and Django agrees", () => {
    const dir = allRight();
    expect(leakproofIds(dir)).toEqual([]);
    if (PYTHON) expect(djangoIds(dir, "site_cfg.settings.prod", { DJANGO_SECRET_KEY: strongKey() })).toEqual([]);
  });

  const environ = pythonHas("environ");
  it("cookiecutter-django's production settings (django-environ)", () => {
    const dir = cookiecutter({ debugDefault: "True" });
    expect(leakproofIds(dir)).toEqual(["W018"]);
    if (!environ)
      console.warn(
        "test/django/agreement: django-environ not importable: Django's side skipped (python3-django-environ)",
      );
    else
      expect(
        djangoIds(dir, "config.settings.production", {
          DJANGO_SECRET_KEY: strongKey(),
          DJANGO_ADMIN_URL: "x/",
        }),
      ).toEqual(["W018"]);
  });

  const decoupleInstalled = pythonHas("decouple");
  it("a python-decouple project", () => {
    const dir = decouple();
    expect(leakproofIds(dir)).toEqual(["W012", "W018", "W020"]);
    if (!decoupleInstalled)
      console.warn("test/django/agreement: decouple not importable: Django's side skipped (python3-decouple)");
    else expect(djangoIds(dir, "shop.settings", { SECRET_KEY: strongKey() })).toEqual(["W012", "W018", "W020"]);
  });
});
