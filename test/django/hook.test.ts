// [django] deploy = true in .leakproof.toml: the pre-commit hook (leakproof staged) also runs
// Django's deployment checks when a commit touches settings, on what is staged.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";

function project(config: string): string {
  const dir = tempRepo();
  writeFiles(dir, {
    ".leakproof.toml": config,
    "manage.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n',
    "app/__init__.py": "",
    "app/wsgi.py": 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n',
    "app/settings.py":
      'import os\nDEBUG = False\nALLOWED_HOSTS = ["example.com"]\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
    "app/views.py": "def index(request):\n    return None\n",
  });
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "init", "--no-verify");
  return dir;
}

describe("the hook with [django] deploy = true", () => {
  it("a staged settings change that turns DEBUG on is blocked, on the staged content", () => {
    const dir = project("[django]\ndeploy = true\n");
    writeFileSync(
      join(dir, "app/settings.py"),
      'import os\nDEBUG = True\nALLOWED_HOSTS = ["example.com"]\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
    );
    git(dir, "add", "app/settings.py");
    // The working tree is fixed again, but the commit would take what is staged.
    writeFileSync(
      join(dir, "app/settings.py"),
      'import os\nDEBUG = False\nALLOWED_HOSTS = ["example.com"]\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
    );
    const r = leakproof(["staged", "--format", "json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const ids = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; file: string; line: number }> }).findings;
    expect(ids).toContainEqual(expect.objectContaining({ ruleId: "django-W018", file: "app/settings.py", line: 2 }));
    const text = leakproof(["staged"], { cwd: dir });
    expect(text.stdout).toMatch(/leakproof: \d+ deployment issues? found/);
    expect(text.stdout).not.toContain("leakproof fix --staged");
  });

  it("a commit that does not touch settings runs no deployment check", () => {
    const dir = project("[django]\ndeploy = true\n");
    writeFileSync(join(dir, "app/settings.py"), "DEBUG = True\n");
    writeFileSync(join(dir, "app/views.py"), "def index(request):\n    return 1\n");
    git(dir, "add", "app/views.py");
    expect(leakproof(["staged"], { cwd: dir }).code).toBe(0);
  });

  it("off by default; a bad value in the config is an error naming the file", () => {
    const dir = project("");
    writeFileSync(join(dir, "app/settings.py"), "DEBUG = True\n");
    git(dir, "add", "app/settings.py");
    expect(leakproof(["staged"], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, ".leakproof.toml"), '[django]\ndeploy = "yes"\n');
    const bad = leakproof(["staged"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.leakproof\.toml.*django\.deploy must be true or false/);
  });

  it("settings Python cannot parse do not block the hook: a note says the checks were skipped", () => {
    const dir = project("[django]\ndeploy = true\n");
    writeFileSync(join(dir, "app/settings.py"), "DEBUG = (\n");
    git(dir, "add", "app/settings.py");
    const r = leakproof(["staged"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Django deployment checks skipped: app\/settings\.py:\d+:\d+: Python syntax error/);
  });
});
