// `leakproof django` end to end, through the real CLI on real project shapes: which module is
// production, where findings point, what they say (environment variables, defaults, versions),
// the fix in the project's own library, the report formats and exit codes.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { tempDir, writeFiles } from "../support/tmp.js";
import { allRight, cookiecutter, decouple, ifNotDebug, startproject, read } from "./projects.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  secret: string;
  fingerprint: string;
  severity: string;
  message: string;
  remediation?: string;
  fixSteps?: string[];
  notes?: string[];
}

function run(dir: string, ...args: string[]) {
  const r = leakproof(["django", ...args], { cwd: dir });
  return { ...r, json: () => (JSON.parse(r.stdout) as { version: number; findings: JsonFinding[] }).findings };
}

function byId(findings: JsonFinding[], id: string): JsonFinding {
  const f = findings.find((x) => x.ruleId === id);
  if (!f) throw new Error(`no ${id} in ${findings.map((x) => x.ruleId).join(", ")}`);
  return f;
}

describe("a fresh startproject", () => {
  it("reports Django's warnings at their settings, with the contract's JSON shape, exit 1", () => {
    const dir = startproject();
    const r = run(dir, "--format", "json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { version: number };
    expect(doc.version).toBe(1);
    const findings = r.json();
    const text = read(dir, "mysite/settings.py").split("\n");
    const debug = byId(findings, "django-W018");
    expect(debug.file).toBe("mysite/settings.py");
    expect(text[debug.line - 1]).toBe("DEBUG = True");
    expect(debug.column).toBe(1);
    expect(debug.severity).toBe("high");
    expect(debug.message).toContain("security.W018");
    expect(debug.remediation).toBe('DEBUG = os.environ.get("DJANGO_DEBUG", "False").lower() == "true"');
    expect(debug.fixSteps).toContain("Add `import os` at the top of the file.");
    const hosts = byId(findings, "django-W020");
    expect(text[hosts.line - 1]).toBe("ALLOWED_HOSTS = []");
    // A missing setting points at the production module, line 1, and says Django's default.
    const hsts = byId(findings, "django-W004");
    expect([hsts.file, hsts.line]).toEqual(["mysite/settings.py", 1]);
    expect(hsts.notes).toContain("SECURE_HSTS_SECONDS is not set in mysite.settings: Django's default is 0");
    expect(hsts.remediation).toBe("SECURE_HSTS_SECONDS = 2_592_000");
    const admin = byId(findings, "django-admin-url");
    expect(admin.file).toBe("mysite/urls.py");
    expect(admin.severity).toBe("low");
  });

  it("never prints the key whole: the W009 finding carries it masked, in every format", () => {
    const dir = startproject();
    const key = /SECRET_KEY = '([^']+)'/.exec(read(dir, "mysite/settings.py"))![1]!;
    for (const format of ["text", "json", "sarif", "github"]) {
      const r = run(dir, "--format", format);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr, format).not.toContain(key);
      expect(r.stdout + r.stderr, format).not.toContain(key.slice(0, 20));
    }
    const w009 = byId(run(dir, "--format", "json").json(), "django-W009");
    expect(w009.secret).toBe("djan…");
    expect(byId(run(dir, "--format", "json", "--no-redact").json(), "django-W009").secret).toBe(key);
  });

  it("text report: where, Django's id, why, the fix; no secret line for a setting", () => {
    const r = run(startproject());
    expect(r.stdout).toMatch(/^mysite\/settings\.py:\d+:1 {2}django-W018 {2}high$/m);
    expect(r.stdout).toContain("  why     security.W018: You should not have DEBUG set to True in deployment.");
    expect(r.stdout).toContain('  fix     DEBUG = os.environ.get("DJANGO_DEBUG", "False").lower() == "true"');
    expect(r.stdout).toMatch(/leakproof: 8 deployment issues found/);
    const w018 = r.stdout.slice(r.stdout.indexOf("django-W018"));
    expect(w018.slice(0, w018.indexOf("\n\n"))).not.toContain("secret");
    expect(r.stderr).toContain("checking mysite.settings (mysite/settings.py) as production");
  });

  it("SARIF validates against the 2.1.0 schema, one rule per check id", () => {
    const r = run(startproject(), "--format", "sarif");
    const log = JSON.parse(r.stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } }; results: unknown[] }>;
    };
    const schema = JSON.parse(
      readFileSync(join(__dirname, "..", "fixtures", "sarif-schema-2.1.0.json"), "utf8"),
    ) as object;
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
      a: Ajv,
    ) => Ajv;
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    expect(ajv.validate(schema, log), JSON.stringify(ajv.errors)).toBe(true);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((x) => x.id)).toContain("django-W018");
    expect(rules.find((x) => x.id === "django-W004")!.help.text).toContain("Fix: SECURE_HSTS_SECONDS = 2_592_000");
    expect(rules.find((x) => x.id === "django-W004")!.help.text).not.toContain("Rotate");
    expect(log.runs[0]!.results).toHaveLength(8);
  });

  it("--output, a baseline and an allow comment suppress as for the scanning commands", () => {
    const dir = startproject();
    const base = join(dir, "accepted.json");
    expect(run(dir, "--write-baseline", base).code).toBe(0);
    expect(run(dir, "--baseline", base).code).toBe(0);
    const settings = join(dir, "mysite", "settings.py");
    writeFileSync(settings, read(dir, "mysite/settings.py").replace("DEBUG = True", "DEBUG = True  # leakproof:allow"));
    const out = join(dir, "report.json");
    expect(run(dir, "--format", "json", "--output", out).code).toBe(1);
    const ids = (JSON.parse(readFileSync(out, "utf8")) as { findings: JsonFinding[] }).findings.map((f) => f.ruleId);
    expect(ids).not.toContain("django-W018");
    expect(ids).toContain("django-W020");
  });
});

describe("which module is production", () => {
  it("cookiecutter-django: config.settings.production (wsgi.py), not local (manage.py) or test", () => {
    const dir = cookiecutter({ debugDefault: "True" });
    const r = run(dir, "--format", "json");
    expect(r.stderr).toContain(
      "checking config.settings.production (config/settings/production.py) as production: config/wsgi.py sets DJANGO_SETTINGS_MODULE to it",
    );
    expect(r.stderr).not.toContain("config.settings.local");
    const f = r.json();
    // DEBUG comes from base.py, read from DJANGO_DEBUG with default True.
    expect(f.map((x) => x.ruleId)).toEqual(["django-W018"]);
    expect(f[0]!.file).toBe("config/settings/base.py");
    expect(f[0]!.notes).toContain(
      "DEBUG is read from the environment (DJANGO_DEBUG): production gets True unless it sets DJANGO_DEBUG",
    );
    // The fix keeps the project's variable and library, and goes in the production module.
    expect(f[0]!.remediation).toBe('DEBUG = env.bool("DJANGO_DEBUG", default=False)');
    expect(f[0]!.fixSteps![0]).toBe(
      "Write it in config/settings/production.py, which production loads (it overrides config/settings/base.py).",
    );
  });

  it("dev, local and test modules are checked only with --all-settings", () => {
    const dir = cookiecutter();
    expect(run(dir).code).toBe(0);
    const all = run(dir, "--all-settings", "--format", "json");
    expect(all.code).toBe(1);
    expect(all.stderr).toContain("checking config.settings.local (config/settings/local.py) as a development module");
    expect(all.stderr).toContain("checking config.settings.test");
    const files = new Set(all.json().map((f) => f.file));
    expect(files).toContain("config/settings/local.py");
  });

  it.each([
    ["Dockerfile", "ENV DJANGO_SETTINGS_MODULE app.conf.live\n"],
    ["Dockerfile.prod", "ENV DJANGO_SETTINGS_MODULE=app.conf.live\n"],
    ["Procfile", "web: gunicorn app.wsgi --env DJANGO_SETTINGS_MODULE=app.conf.live\n"],
    ["Procfile", "release: python manage.py migrate --settings=app.conf.live\n"],
    ["docker-compose.yml", "services:\n  web:\n    environment:\n      DJANGO_SETTINGS_MODULE: app.conf.live\n"],
    ["compose.yaml", "services:\n  web:\n    environment:\n      - DJANGO_SETTINGS_MODULE=app.conf.live\n"],
    [".env.production", "DJANGO_SETTINGS_MODULE=app.conf.live\n"],
  ])("a deployment file names it: %s", (file, content) => {
    const dir = tempDir();
    writeFiles(dir, {
      "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.conf.devel")\n',
      "app/__init__.py": "",
      "app/conf/__init__.py": "",
      "app/conf/devel.py": "DEBUG = True\n",
      "app/conf/live.py": "DEBUG = False\nALLOWED_HOSTS = ['*']\n",
      [file]: content,
    });
    const r = run(dir, "--format", "json");
    expect(r.stderr).toContain(
      `checking app.conf.live (app/conf/live.py) as production: ${file} sets DJANGO_SETTINGS_MODULE to it`,
    );
    expect(r.json().map((f) => f.ruleId)).toContain("django-allowed-hosts-wildcard");
    expect(r.json().map((f) => f.ruleId)).not.toContain("django-W018");
  });

  it("a module named for production is production even if nothing names it", () => {
    const dir = tempDir();
    writeFiles(dir, {
      "proj/settings/__init__.py": "",
      "proj/settings/base.py": "DEBUG = True\n",
      "proj/settings/production.py": "from .base import *\n",
    });
    const r = run(dir, "--format", "json");
    expect(r.stderr).toContain("checking proj.settings.production");
    expect(byId(r.json(), "django-W018").file).toBe("proj/settings/base.py");
  });

  it("a library's own settings.py (rest_framework/settings.py) is not taken for Django settings", () => {
    const dir = tempDir();
    writeFiles(dir, {
      "rest_framework/__init__.py": "",
      "rest_framework/settings.py": 'DEFAULTS = {\n    "DEFAULT_RENDERER_CLASSES": [],\n}\napi_settings = None\n',
    });
    const r = run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no Django settings found/);
  });

  it("--settings MODULE, or a settings file as PATH, checks that module", () => {
    const dir = cookiecutter({ debugDefault: "True" });
    const r = run(dir, "--settings", "config.settings.local", "--format", "json");
    expect(r.stderr).toContain("checking config.settings.local");
    expect(byId(r.json(), "django-W018").file).toBe("config/settings/local.py");
    const f = leakproof(["django", "config/settings/local.py", "--format", "json"], { cwd: dir });
    expect(f.code).toBe(1);
    expect(f.stderr).toContain("checking config.settings.local");
  });

  it("errors (exit 2), never a clean pass: no settings, no production module, an unknown module, a broken file", () => {
    expect(run(tempDir()).code).toBe(2);
    expect(run(tempDir()).stderr).toMatch(/no Django settings found/);
    const dir = tempDir();
    writeFiles(dir, { "proj/settings/__init__.py": "", "proj/settings/dev.py": "DEBUG = True\n" });
    const none = run(dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/none of the settings modules .* looks like production .*--settings/);
    expect(run(dir, "--settings", "proj.settings.nope").code).toBe(2);
    const broken = startproject();
    writeFileSync(join(broken, "mysite", "settings.py"), "DEBUG = True\nALLOWED_HOSTS = [\n");
    const b = run(broken);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/mysite\/settings\.py:\d+:\d+: Python syntax error/);
    expect(run(startproject(), "--format", "yaml").code).toBe(2);
    expect(leakproof(["django", "no/such/dir"], { cwd: tempDir() }).code).toBe(2);
  });
});

describe("values read from the environment, and fixes in the project's library", () => {
  it("decouple: the default decides, the fix is decouple's", () => {
    const dir = decouple();
    const f = run(dir, "--format", "json").json();
    expect(f.map((x) => x.ruleId).sort()).toEqual(["django-W012", "django-W018", "django-W020"]);
    const debug = byId(f, "django-W018");
    expect(debug.notes).toContain(
      "DEBUG is read from the environment (DEBUG): production gets True unless it sets DEBUG",
    );
    expect(debug.remediation).toBe('DEBUG = config("DEBUG", default=False, cast=bool)');
    expect(byId(f, "django-W020").remediation).toBe('ALLOWED_HOSTS = config("DJANGO_ALLOWED_HOSTS", cast=Csv())');
    expect(byId(f, "django-W012").remediation).toBe("SESSION_COOKIE_SECURE = True");
  });

  it("environs: env.bool / env.list", () => {
    const dir = tempDir();
    writeFiles(dir, {
      "site/settings.py":
        'from environs import Env\n\nenv = Env()\nenv.read_env()\n\nDEBUG = env.bool("DEBUG", default=True)\nALLOWED_HOSTS = env.list("ALLOWED_HOSTS", [])\n',
      "site/wsgi.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")\n',
      "requirements.txt": "django==4.2\nenvirons==11.0\n",
    });
    const f = run(dir, "--format", "json").json();
    expect(byId(f, "django-W018").remediation).toBe('DEBUG = env.bool("DEBUG", default=False)');
    expect(byId(f, "django-W020").remediation).toBe('ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")');
  });

  it("`if not DEBUG:` blocks are production's when DEBUG defaults to off", () => {
    expect(run(ifNotDebug()).code).toBe(0);
    expect(run(ifNotDebug()).stdout).toContain("leakproof: no deployment issues found");
  });

  it("an undecidable condition is said, not guessed", () => {
    const dir = ifNotDebug('\nimport sys\nif "runserver" in sys.argv:\n    SESSION_COOKIE_SECURE = False\n');
    const r = run(dir, "--format", "json");
    expect(r.json().map((f) => f.ruleId)).not.toContain("django-W012");
    expect(r.stderr).toMatch(
      /django-W012 not decided for blog\.settings: SESSION_COOKIE_SECURE depends on `"runserver" in sys\.argv`/,
    );
  });

  it("a production module that sets everything right: nothing found, exit 0", () => {
    const r = run(allRight());
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("leakproof: no deployment issues found\n");
  });
});

describe("Django versions", () => {
  it("judges the pinned version's checks and defaults (2.2: W007, SAMEORIGIN; no W022)", () => {
    const dir = startproject();
    writeFiles(dir, { "requirements.txt": "Django>=2.2,<3.0\n" });
    const f = run(dir, "--format", "json").json();
    const ids = f.map((x) => x.ruleId);
    expect(ids).toEqual(expect.arrayContaining(["django-W006", "django-W007", "django-W019"]));
    expect(byId(f, "django-W019").notes).toContain(
      'X_FRAME_OPTIONS is not set in mysite.settings: Django\'s default is "SAMEORIGIN"',
    );
    expect(byId(f, "django-W007").notes).toContain("applies to Django before 3.0 (requirements.txt pins 2.2)");
  });

  it("3.0 has W022 (no referrer policy by default); 3.1 does not", () => {
    const dir = startproject();
    writeFiles(dir, { "requirements.txt": "django~=3.0.0\n" });
    expect(
      run(dir, "--format", "json")
        .json()
        .map((x) => x.ruleId),
    ).toContain("django-W022");
    writeFiles(dir, { "requirements.txt": "", "pyproject.toml": '[tool.poetry.dependencies]\ndjango = "^3.1"\n' });
    expect(
      run(dir, "--format", "json")
        .json()
        .map((x) => x.ruleId),
    ).not.toContain("django-W022");
  });

  it("4.1+ checks SECRET_KEY_FALLBACKS (W025)", () => {
    const dir = startproject();
    writeFiles(dir, { "requirements.txt": "Django==4.2.7\n" });
    writeFileSync(
      join(dir, "mysite", "settings.py"),
      `${read(dir, "mysite/settings.py")}\nSECRET_KEY_FALLBACKS = ["short"]\n`,
    );
    expect(
      run(dir, "--format", "json")
        .json()
        .map((x) => x.ruleId),
    ).toContain("django-W025");
  });
});

describe("leakproof's additions to Django's checks", () => {
  it("SECURE_PROXY_SSL_HEADER without any sign of a proxy is informational; a proxy config silences it", () => {
    const dir = allRight();
    writeFileSync(
      join(dir, "site_cfg", "settings", "prod.py"),
      `${read(dir, "site_cfg/settings/prod.py")}SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")\n`,
    );
    const f = run(dir, "--format", "json").json();
    expect(byId(f, "django-proxy-ssl-header").severity).toBe("low");
    writeFiles(dir, { "deploy/nginx.conf": "server { listen 443 ssl; }\n" });
    expect(run(dir).code).toBe(0);
  });

  it("the admin at a path read from settings.ADMIN_URL = 'admin/' is found; elsewhere it is not", () => {
    const dir = cookiecutter({
      production:
        'from .base import *  # noqa\nSECRET_KEY = env("DJANGO_SECRET_KEY")\nSECURE_SSL_REDIRECT = True\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\nSECURE_HSTS_SECONDS = 60\nSECURE_HSTS_INCLUDE_SUBDOMAINS = True\nSECURE_HSTS_PRELOAD = True\nALLOWED_HOSTS = ["example.com"]\n',
    });
    const f = run(dir, "--format", "json").json();
    expect(f.map((x) => x.ruleId)).toEqual(["django-admin-url"]);
    expect(f[0]!.file).toBe("config/urls.py");
  });
});
