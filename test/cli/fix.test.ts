// `leakproof fix` end to end, on real temporary repositories with the leakproof hook installed:
// each project goes from a refused commit to a committed tree holding no secret, the value in an
// ignored .env, and the rewritten file still parsing (python3 / node, when present).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseDotenv } from "../../src/remedy/dotenv.js";
import { fixCommand, text } from "../../src/report/text.js";
import type { Finding } from "../../src/types.js";
import { commitCount, tryGit } from "../git/support.js";
import { CLI, leakproof } from "../support/cli.js";
import { fake, randomString } from "../support/fake.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { djangoKey, startprojectSettings } from "../remedy/support.js";

const S = "mysite/settings.py";

function fix(cwd: string, ...args: string[]) {
  return leakproof(["fix", ...args], { cwd });
}

/** A repository with these files staged and the leakproof hook installed. */
function project(files: Record<string, string | Buffer>): string {
  const repo = tempRepo();
  const r = leakproof(["install"], { cwd: repo });
  expect(r.code, r.stderr).toBe(0);
  writeFiles(repo, files);
  git(repo, "add", "-A");
  return repo;
}

/** blocked → leakproof fix --staged --yes → committed through the hook; returns the fix run. */
function fixAndCommit(repo: string, secrets: string[]) {
  let c = tryGit(repo, ["commit", "-q", "-m", "start"]);
  expect(c.code, "the hook lets the secret through").not.toBe(0);
  expect(c.stdout + c.stderr).toContain("leakproof: ");
  expect(commitCount(repo)).toBe(0);

  const r = fix(repo, "--staged", "--yes");
  expect(r.code, r.stdout + r.stderr).toBe(0);
  for (const s of secrets) expect(r.stdout + r.stderr, "the diff shows a whole secret").not.toContain(s);

  c = tryGit(repo, ["commit", "-q", "-m", "start"]);
  expect(c.code, c.stdout + c.stderr).toBe(0);
  expect(commitCount(repo)).toBe(1);
  // The committed tree holds no secret, and no .env.
  const tree = git(repo, "ls-tree", "-r", "--name-only", "HEAD").split("\n").filter(Boolean);
  expect(tree).not.toContain(".env");
  for (const path of tree) {
    const blob = git(repo, "show", `HEAD:${path}`);
    for (const s of secrets) expect(blob, `${path} still holds a secret`).not.toContain(s);
  }
  // .env holds the values and git ignores it.
  expect(tryGit(repo, ["check-ignore", "-q", ".env"]).code).toBe(0);
  const env = parseDotenv(readFileSync(join(repo, ".env"), "utf8"));
  for (const s of secrets) expect([...env.values()]).toContain(s);
  expect(statSync(join(repo, ".env")).mode & 0o077).toBe(0);
  // Nothing left behind: the working tree is committed (except .env, ignored).
  expect(git(repo, "status", "--porcelain")).toBe("");
  return r;
}

function pythonParses(file: string): void {
  const r = spawnSync(
    "python3",
    ["-c", "import ast, sys; ast.parse(open(sys.argv[1], encoding='utf-8-sig').read(), sys.argv[1])", file],
    { encoding: "utf8" },
  );
  if (r.error) return; // no python3 here
  expect(r.status, r.stderr).toBe(0);
}

function nodeParses(file: string): void {
  const r = spawnSync(process.execPath, ["--check", file], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}

const MANAGE = `#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
`;

describe("leakproof fix: from a blocked commit to a committed one", () => {
  it("a fresh startproject: os.environ, `import os` added, value in the ignored .env", () => {
    const key = djangoKey();
    const repo = project({ "manage.py": MANAGE, [S]: startprojectSettings(key), "requirements.txt": "Django>=4.2\n" });
    const r = fixAndCommit(repo, [key]);
    expect(r.stdout).toContain(`+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`);
    const settings = readFileSync(join(repo, S), "utf8");
    expect(settings).toBe(
      startprojectSettings(key)
        .replace("from pathlib import Path", "import os\nfrom pathlib import Path")
        .replace(`'${key}'`, `os.environ["DJANGO_SECRET_KEY"]`),
    );
    expect(readFileSync(join(repo, ".env"), "utf8")).toBe(`DJANGO_SECRET_KEY='${key}'\n`);
    expect(git(repo, "show", "HEAD:.env.example")).toBe("DJANGO_SECRET_KEY=\n");
    expect(git(repo, "show", "HEAD:.gitignore")).toBe(".env\n");
    pythonParses(join(repo, S));
  });

  it("a django-environ project (Django 4.2 layout)", () => {
    const key = djangoKey();
    const repo = project({
      "manage.py": MANAGE,
      [S]: startprojectSettings(key, "4.2.11"),
      "requirements.txt": "Django==4.2.11\ndjango-environ==0.11.2\n",
    });
    fixAndCommit(repo, [key]);
    const settings = readFileSync(join(repo, S), "utf8");
    expect(settings).toContain(`SECRET_KEY = env("DJANGO_SECRET_KEY")`);
    expect(settings).toContain("import environ\n\nenv = environ.Env()\n");
    pythonParses(join(repo, S));
  });

  it("a python-decouple project (pyproject.toml), with a hardcoded fallback that becomes required", () => {
    const key = djangoKey();
    const settings = startprojectSettings(key)
      .replace(`SECRET_KEY = '${key}'`, () => `SECRET_KEY = config('SECRET_KEY', default='${key}')`)
      .replace("from pathlib import Path", "from pathlib import Path\n\nfrom decouple import config");
    const repo = project({
      [S]: settings,
      "pyproject.toml": `[project]\nname = "mysite"\ndependencies = ["django>=5.0", "python-decouple>=3.8"]\n`,
    });
    fixAndCommit(repo, [key]);
    const now = readFileSync(join(repo, S), "utf8");
    expect(now).toContain(`SECRET_KEY = config("SECRET_KEY")\n`);
    expect(readFileSync(join(repo, ".env"), "utf8")).toBe(`SECRET_KEY='${key}'\n`);
    pythonParses(join(repo, S));
  });

  it("a Flask app", () => {
    const key = randomString(48, "hex");
    const app = `from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = '${key}'\n\n\n@app.route("/")\ndef index():\n    return "hello"\n`;
    const repo = project({ "app.py": app, "requirements.txt": "flask\n" });
    fixAndCommit(repo, [key]);
    expect(readFileSync(join(repo, "app.py"), "utf8")).toBe(
      `import os\n${app.replace(`'${key}'`, `os.environ["FLASK_SECRET_KEY"]`)}`,
    );
    pythonParses(join(repo, "app.py"));
  });

  it("an Express app using dotenv (CommonJS), and a fallback in another file", () => {
    const secret = randomString(40, "alnum");
    const cookie = randomString(32, "alnum");
    const app = `const express = require("express");\nconst session = require("express-session");\n\nconst app = express();\napp.use(\n  session({\n    secret: "${secret}",\n    resave: false,\n    saveUninitialized: false,\n  }),\n);\napp.listen(3000);\n`;
    const cookies = `const cookieSession = require("cookie-session");\n\nmodule.exports = cookieSession({ name: "s", secret: process.env.COOKIE_SESSION_SECRET || "${cookie}" });\n`;
    const pkg =
      JSON.stringify(
        {
          name: "app",
          private: true,
          dependencies: { express: "^4.19.0", "express-session": "^1.18.0", dotenv: "^16.4.0" },
        },
        null,
        2,
      ) + "\n";
    const repo = project({ "app.js": app, "lib/cookies.js": cookies, "package.json": pkg });
    fixAndCommit(repo, [secret, cookie]);
    const now = readFileSync(join(repo, "app.js"), "utf8");
    expect(now).toBe(`require("dotenv").config();\n${app.replace(`"${secret}"`, "process.env.SESSION_SECRET")}`);
    expect(readFileSync(join(repo, "lib/cookies.js"), "utf8")).toContain(
      `secret: process.env.COOKIE_SESSION_SECRET });`,
    );
    nodeParses(join(repo, "app.js"));
    nodeParses(join(repo, "lib/cookies.js"));
  });

  it("a docker-compose file: ${X:?…}, read by compose from the .env beside it", () => {
    const key = djangoKey();
    const compose = `services:\n  web:\n    build: .\n    command: python manage.py runserver 0.0.0.0:8000\n    environment:\n      DJANGO_SETTINGS_MODULE: mysite.settings\n      SECRET_KEY: "${key}"\n    ports:\n      - "8000:8000"\n`;
    const repo = project({ "docker-compose.yml": compose });
    fixAndCommit(repo, [key]);
    const doc = parseYaml(readFileSync(join(repo, "docker-compose.yml"), "utf8")) as {
      services: { web: { environment: Record<string, string> } };
    };
    expect(doc.services.web.environment.SECRET_KEY).toBe("${DJANGO_SECRET_KEY:?DJANGO_SECRET_KEY is not set}");
    expect(doc.services.web.environment.DJANGO_SETTINGS_MODULE).toBe("mysite.settings");
  });

  it("a GitHub Actions workflow: ${{ secrets.X }}, and how to add the secret", () => {
    const key = djangoKey();
    const wf = `name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      DJANGO_SECRET_KEY: ${key}\n    steps:\n      - uses: actions/checkout@v4\n      - run: python manage.py test\n`;
    const repo = project({ ".github/workflows/ci.yml": wf });
    const r = fixAndCommit(repo, [key]);
    const doc = parseYaml(readFileSync(join(repo, ".github/workflows/ci.yml"), "utf8")) as {
      jobs: { test: { env: Record<string, string> } };
    };
    expect(doc.jobs.test.env.DJANGO_SECRET_KEY).toBe("${{ secrets.DJANGO_SECRET_KEY }}");
    expect(r.stderr).toMatch(/gh secret set/);
    expect(existsSync(join(repo, ".env.example"))).toBe(false);
  });
});

describe("leakproof fix: asking, dry runs, scope", () => {
  it("without a terminal and without --yes: shows the diff (secrets masked), writes nothing, exit 1", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    const r = fix(repo);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("-SECRET_KEY = 'djan…'");
    expect(r.stdout).not.toContain(key);
    expect(r.stderr).toMatch(/run with --yes to apply/);
    expect(readFileSync(join(repo, S), "utf8")).toBe(startprojectSettings(key));
    expect(existsSync(join(repo, ".env"))).toBe(false);
  });

  it("--dry-run prints the diff only", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    const r = fix(repo, "--dry-run", "--yes");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]');
    expect(r.stdout).toContain("+++ b/.env\n");
    expect(readFileSync(join(repo, S), "utf8")).toBe(startprojectSettings(key));
    expect(existsSync(join(repo, ".env"))).toBe(false);
  });

  it("asks on a terminal (y applies)", () => {
    if (spawnSync("script", ["--version"]).error) return; // util-linux script(1) gives the terminal
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    const r = spawnSync(
      "script",
      ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} fix --staged`, "/dev/null"],
      { cwd: repo, input: "y\n", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(r.stdout).toContain("Apply? [y/N]");
    expect(r.status, r.stdout).toBe(0);
    expect(readFileSync(join(repo, S), "utf8")).toContain(`os.environ["DJANGO_SECRET_KEY"]`);
  });

  it("a file edited while the question is asked is left alone (exit 2), and nothing else is written", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    // A terminal (python's pty), an edit while "Apply?" waits, then "y".
    const driver = [
      "import os, pty, sys",
      "pid, fd = pty.fork()",
      "if pid == 0:",
      "    os.execv(sys.argv[1], sys.argv[1:3] + ['fix', '--staged'])",
      "buf = b''",
      "while b'Apply?' not in buf:",
      "    buf += os.read(fd, 4096)",
      "open(sys.argv[3], 'a').write('DEBUG = False\\n')",
      "os.write(fd, b'y\\n')",
      "while True:",
      "    try:",
      "        chunk = os.read(fd, 4096)",
      "    except OSError:",
      "        break",
      "    if not chunk:",
      "        break",
      "    buf += chunk",
      "_, status = os.waitpid(pid, 0)",
      "sys.stdout.write(buf.decode())",
      "sys.exit(os.waitstatus_to_exitcode(status))",
    ].join("\n");
    const r = spawnSync("python3", ["-c", driver, process.execPath, CLI, join(repo, S)], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    if (r.error) return; // no python3 here
    expect(r.status, r.stdout).toBe(2);
    expect(r.stdout).toMatch(/mysite\/settings\.py changed since it was scanned: left alone/);
    expect(readFileSync(join(repo, S), "utf8")).toBe(startprojectSettings(key) + "DEBUG = False\n");
    expect(existsSync(join(repo, ".env"))).toBe(false);
  });

  it("without --staged: fixes the working tree and says how to stage it; run again: nothing to do", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    const r = fix(repo, "--yes");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/git add mysite\/settings\.py/);
    expect(git(repo, "diff", "--cached")).toContain(key);
    git(repo, "add", S);
    const again = fix(repo, "--staged", "--yes");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/nothing to fix/);
  });

  it("a staged file with unstaged edits is left alone (exit 1)", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    writeFileSync(join(repo, S), startprojectSettings(key) + "\nDEBUG = False\n");
    const r = fix(repo, "--staged", "--yes");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unstaged changes/);
    expect(readFileSync(join(repo, S), "utf8")).toBe(startprojectSettings(key) + "\nDEBUG = False\n");
    expect(existsSync(join(repo, ".env"))).toBe(false);
  });

  it("a different value already in .env: stops, writes nothing, exit 2", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key) });
    const env = `DJANGO_SECRET_KEY=${randomString(50, "alnum")}\n`;
    writeFiles(repo, { ".env": env, ".gitignore": ".env\n" });
    const r = fix(repo, "--staged", "--yes");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DJANGO_SECRET_KEY is already set in \.env to a different value/);
    expect(readFileSync(join(repo, ".env"), "utf8")).toBe(env);
    expect(readFileSync(join(repo, S), "utf8")).toBe(startprojectSettings(key));
  });

  it("--staged does not stage what git ignores (.env.example under a `.env*` pattern)", () => {
    const key = djangoKey();
    const repo = project({ [S]: startprojectSettings(key), ".gitignore": ".env*\n" });
    const r = fix(repo, "--staged", "--yes");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\.env\.example is ignored by git: not staged/);
    expect(git(repo, "diff", "--cached", "--name-only").split("\n").filter(Boolean).sort()).toEqual([".gitignore", S]);
    expect(tryGit(repo, ["commit", "-q", "-m", "x"]).code).toBe(0);
  });

  it("a secret in a tracked .env: says to untrack it, exit 1", () => {
    const repo = project({ ".env": `DJANGO_SECRET_KEY=${djangoKey()}\n` });
    const r = fix(repo, "--staged", "--yes");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not fixable automatically: .*git rm --cached \.env/);
  });

  it("PATHs: files on disk, outside git too; CRLF, a byte-order mark and tabs survive", () => {
    const dir = tempDir();
    const key = djangoKey();
    const src = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        `# -*- coding: utf-8 -*-\r\nimport os\r\nCONF = {\r\n\t"SECRET_KEY": "${key}",\r\n\t"NAME": "café",\r\n}\r\n`,
        "utf8",
      ),
    ]);
    writeFiles(dir, { "conf/settings.py": src });
    const r = fix(dir, "conf/settings.py", "--yes");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const want = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        `# -*- coding: utf-8 -*-\r\nimport os\r\nCONF = {\r\n\t"SECRET_KEY": os.environ["DJANGO_SECRET_KEY"],\r\n\t"NAME": "café",\r\n}\r\n`,
        "utf8",
      ),
    ]);
    expect(readFileSync(join(dir, "conf/settings.py")).equals(want)).toBe(true);
    expect(readFileSync(join(dir, ".env"), "utf8")).toBe(`DJANGO_SECRET_KEY='${key}'\n`);
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toBe(".env\n");
    pythonParses(join(dir, "conf/settings.py"));
  });

  it("a Stripe key in a YAML config file and in Python", () => {
    const dir = tempDir();
    const key = fake("sk", "_live_", randomString(24, "alnum"));
    writeFiles(dir, {
      "config/app.yml": `payments:\n  stripe_key: ${key}\n`,
      "billing.py": `import stripe\n\nstripe.api_key = "${key}"\n`,
    });
    const r = fix(dir, ".", "--yes");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(dir, "config/app.yml"), "utf8")).toBe("payments:\n  stripe_key: ${STRIPE_SECRET_KEY}\n");
    expect(readFileSync(join(dir, "billing.py"), "utf8")).toBe(
      `import os\nimport stripe\n\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\n`,
    );
    expect(readFileSync(join(dir, ".env"), "utf8")).toBe(`STRIPE_SECRET_KEY=${key}\n`);
  });
});

describe("reports point to the fix", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    ruleId: "django-insecure-key",
    file: S,
    line: 23,
    column: 14,
    endLine: 23,
    endColumn: 80,
    secret: "djan…",
    lineText: "",
    fingerprint: "f",
    severity: "high",
    message: "",
    notes: [],
    ...over,
  });
  const ctx = { rules: new Map(), toolVersion: "0", color: false, notes: [] };

  it("a staged report ends with the leakproof fix command, when fix can rewrite something", () => {
    const out = text([finding({ remediation: `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]` })], {
      ...ctx,
      scan: "staged",
    } as typeof ctx);
    expect(out.trimEnd().split("\n").pop()).toBe("Fix it: leakproof fix --staged");
    expect(fixCommand([finding({})], "staged")).toBeUndefined();
    expect(fixCommand([finding({ remediation: "x" })], "dir")).toBeUndefined();
  });

  it("a history report of a removed Django key points to leakproof rotate django", () => {
    const repo = tempRepo();
    writeFiles(repo, { [S]: `SECRET_KEY = '${djangoKey()}'\n` });
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "--no-verify", "-m", "leak");
    git(repo, "rm", "-q", S);
    git(repo, "commit", "-q", "--no-verify", "-m", "remove");
    const r = leakproof(["history"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no longer at HEAD.*leakproof rotate django/s);
  });
});
