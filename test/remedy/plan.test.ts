// planFix: the edits, .env entries and side files for each language and configuration library.
import { describe, expect, it } from "vitest";
import { randomString } from "../support/fake.js";
import { after, djangoKey, plan, startprojectSettings, stripeKey } from "./support.js";

const S = "mysite/settings.py";

describe("planFix: Django settings", () => {
  it("startproject settings: os.environ, `import os` before the first import, the value in .env, .env ignored, the name in .env.example", () => {
    const key = djangoKey();
    const p = plan({ files: { [S]: startprojectSettings(key) } });
    const text = after(p, S)!;
    expect(text).toContain(`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`);
    expect(text).toContain(`"""\n\nimport os\nfrom pathlib import Path\n`);
    expect(text).not.toContain(key);
    expect(p.entries).toEqual([{ envFile: ".env", name: "DJANGO_SECRET_KEY", value: key }]);
    expect(after(p, ".env")).toBe(`DJANGO_SECRET_KEY='${key}'\n`);
    expect(after(p, ".gitignore")).toBe(".env\n");
    expect(after(p, ".env.example")).toBe("DJANGO_SECRET_KEY=\n");
    expect(p.aux.map((a) => a.path)).toEqual([".gitignore", ".env", ".env.example"]);
    expect(p.conflicts).toEqual([]);
  });

  it("the same with double quotes (a reformatted settings file)", () => {
    const key = djangoKey();
    const text = after(plan({ files: { [S]: startprojectSettings(key, "4.2.11", '"') } }), S)!;
    expect(text).toContain(`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`);
  });

  it("django-environ in requirements: env(…), with `import environ` and `env = environ.Env()` after the imports", () => {
    const text = after(
      plan({ files: { [S]: startprojectSettings(djangoKey()) }, libs: { python: "django-environ" } }),
      S,
    )!;
    expect(text).toContain(`SECRET_KEY = env("DJANGO_SECRET_KEY")\n`);
    expect(text).toContain("from pathlib import Path\nimport environ\n\nenv = environ.Env()\n\n# Build paths");
  });

  it("django-environ already set up in the file: only the line changes", () => {
    const key = djangoKey();
    const src = `import environ\n\nenv = environ.Env()\nDEBUG = env.bool("DEBUG", default=False)\nSECRET_KEY = "${key}"\n`;
    const p = plan({ files: { [S]: src } });
    expect(after(p, S)).toBe(src.replace(`"${key}"`, `env("DJANGO_SECRET_KEY")`));
  });

  it("python-decouple: config(…) and its import", () => {
    const text = after(
      plan({ files: { [S]: startprojectSettings(djangoKey()) }, libs: { python: "python-decouple" } }),
      S,
    )!;
    expect(text).toContain(`SECRET_KEY = config("DJANGO_SECRET_KEY")\n`);
    expect(text).toContain("from pathlib import Path\nfrom decouple import config\n");
  });

  it("environs: env.str(…), Env() and read_env()", () => {
    const text = after(plan({ files: { [S]: startprojectSettings(djangoKey()) }, libs: { python: "environs" } }), S)!;
    expect(text).toContain(`SECRET_KEY = env.str("DJANGO_SECRET_KEY")\n`);
    expect(text).toContain("from pathlib import Path\nfrom environs import Env\n\nenv = Env()\nenv.read_env()\n");
  });

  it.each([
    [`SECRET_KEY = os.getenv("SECRET_KEY", "%s")`, `SECRET_KEY = os.environ["SECRET_KEY"]`, "SECRET_KEY"],
    [
      `SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '%s')`,
      `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`,
      "DJANGO_SECRET_KEY",
    ],
    [`SECRET_KEY = os.environ.get("SECRET_KEY") or "%s"`, `SECRET_KEY = os.environ["SECRET_KEY"]`, "SECRET_KEY"],
  ])("a hardcoded fallback loses its literal and the variable becomes required: %s", (line, want, name) => {
    const key = djangoKey();
    const src = `import os\n\n${line.replace("%s", () => key)}\n`;
    const p = plan({ files: { [S]: src } });
    expect(after(p, S)).toBe(`import os\n\n${want}\n`);
    expect(p.entries).toEqual([{ envFile: ".env", name, value: key }]);
  });

  it("fallbacks with decouple and django-environ keep their library", () => {
    const key = djangoKey();
    const dec = `from decouple import config\nSECRET_KEY = config('SECRET_KEY', default='${key}')\n`;
    expect(after(plan({ files: { [S]: dec } }), S)).toBe(
      `from decouple import config\nSECRET_KEY = config("SECRET_KEY")\n`,
    );
    const env = `import environ\nenv = environ.Env()\nSECRET_KEY = env("SECRET_KEY", default="${key}")\n`;
    expect(after(plan({ files: { [S]: env } }), S)).toBe(
      `import environ\nenv = environ.Env()\nSECRET_KEY = env("SECRET_KEY")\n`,
    );
  });

  it("keeps indentation, CRLF endings and the lines around", () => {
    const key = djangoKey();
    const src = `import os\r\nCONF = {\r\n\t'SECRET_KEY': '${key}',  # dev\r\n}\r\n`;
    expect(after(plan({ files: { [S]: src } }), S)).toBe(
      `import os\r\nCONF = {\r\n\t'SECRET_KEY': os.environ["DJANGO_SECRET_KEY"],  # dev\r\n}\r\n`,
    );
  });

  it("inserted imports take the file's line ending", () => {
    const src = `"""Doc."""\r\nfrom pathlib import Path\r\nSECRET_KEY = '${djangoKey()}'\r\n`;
    expect(after(plan({ files: { [S]: src } }), S)).toBe(
      `"""Doc."""\r\nimport os\r\nfrom pathlib import Path\r\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\r\n`,
    );
  });

  it("`from __future__` stays first; a file without imports gets `import os` after its docstring", () => {
    const key = djangoKey();
    const fut = `from __future__ import annotations\nimport sys\nSECRET_KEY = '${key}'\n`;
    expect(after(plan({ files: { [S]: fut } }), S)).toBe(
      `from __future__ import annotations\nimport os\nimport sys\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`,
    );
    const bare = `"""Settings."""\nSECRET_KEY = '${key}'\n`;
    expect(after(plan({ files: { [S]: bare } }), S)).toBe(
      `"""Settings."""\nimport os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`,
    );
  });
});

describe("planFix: other languages and config files", () => {
  it("Flask: app.secret_key from FLASK_SECRET_KEY", () => {
    const key = randomString(48, "hex");
    const src = `from flask import Flask\n\napp = Flask(__name__)\napp.secret_key = "${key}"\n`;
    const p = plan({ files: { "app.py": src } });
    expect(after(p, "app.py")).toBe(
      `import os\nfrom flask import Flask\n\napp = Flask(__name__)\napp.secret_key = os.environ["FLASK_SECRET_KEY"]\n`,
    );
    expect(p.entries[0]).toMatchObject({ name: "FLASK_SECRET_KEY", value: key });
  });

  it("Express with dotenv: process.env and require('dotenv').config() at the top", () => {
    const secret = randomString(40, "alnum");
    const src = `'use strict';\nconst express = require('express');\nconst session = require('express-session');\n\nconst app = express();\napp.use(session({ secret: '${secret}', resave: false }));\n`;
    const p = plan({ files: { "app.js": src }, libs: { node: "dotenv" } });
    expect(after(p, "app.js")).toBe(
      `'use strict';\nrequire('dotenv').config();\nconst express = require('express');\nconst session = require('express-session');\n\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));\n`,
    );
  });

  it("an ES module with dotenv imports dotenv/config first; without dotenv nothing is added", () => {
    const key = stripeKey();
    const src = `import Stripe from "stripe";\n\nexport const stripe = new Stripe("${key}");\n`;
    expect(after(plan({ files: { "src/pay.ts": src }, libs: { node: "dotenv" } }), "src/pay.ts")).toBe(
      `import "dotenv/config";\nimport Stripe from "stripe";\n\nexport const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n`,
    );
    expect(after(plan({ files: { "src/pay.ts": src } }), "src/pay.ts")).toBe(
      src.replace(`"${key}"`, "process.env.STRIPE_SECRET_KEY"),
    );
  });

  it("Ruby, PHP (Laravel), Go", () => {
    const key = stripeKey();
    expect(
      after(
        plan({ files: { "config/initializers/stripe.rb": `Stripe.api_key = '${key}'\n` } }),
        "config/initializers/stripe.rb",
      ),
    ).toBe(`Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")\n`);
    expect(
      after(
        plan({
          files: { "config/services.php": `<?php\nreturn [\n    'stripe' => ['secret' => '${key}'],\n];\n` },
          libs: { php: "laravel" },
        }),
        "config/services.php",
      ),
    ).toBe(`<?php\nreturn [\n    'stripe' => ['secret' => env('STRIPE_SECRET_KEY')],\n];\n`);
    const go = `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nvar key = "${key}"\n`;
    expect(after(plan({ files: { "main.go": go } }), "main.go")).toBe(
      `package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n\nvar key = os.Getenv("STRIPE_SECRET_KEY")\n`,
    );
  });

  it("docker compose: ${X:?…} (fails loudly when unset), the .env beside the compose file; a ${X:-value} fallback becomes required", () => {
    const key = djangoKey();
    const other = djangoKey();
    const src = `services:\n  web:\n    environment:\n      SECRET_KEY: "${key}"\n      - OTHER=1\n  worker:\n    environment:\n      SECRET_KEY: \${SECRET_KEY:-${other}}\n`;
    const p = plan({ files: { "deploy/docker-compose.yml": src } });
    expect(after(p, "deploy/docker-compose.yml")).toBe(
      `services:\n  web:\n    environment:\n      SECRET_KEY: "\${DJANGO_SECRET_KEY:?DJANGO_SECRET_KEY is not set}"\n      - OTHER=1\n  worker:\n    environment:\n      SECRET_KEY: \${SECRET_KEY:?SECRET_KEY is not set}\n`,
    );
    expect(p.entries).toEqual([
      { envFile: "deploy/.env", name: "DJANGO_SECRET_KEY", value: key },
      { envFile: "deploy/.env", name: "SECRET_KEY", value: other },
    ]);
    expect(after(p, ".gitignore")).toBe(".env\n");
    expect(after(p, "deploy/.env.example")).toBe("DJANGO_SECRET_KEY=\nSECRET_KEY=\n");
  });

  it("compose list form and unquoted YAML values", () => {
    const key = stripeKey();
    const src = `services:\n  api:\n    environment:\n      - STRIPE_KEY=${key}\n`;
    expect(after(plan({ files: { "compose.yaml": src } }), "compose.yaml")).toBe(
      `services:\n  api:\n    environment:\n      - STRIPE_KEY=\${STRIPE_SECRET_KEY:?STRIPE_SECRET_KEY is not set}\n`,
    );
  });

  it("GitHub Actions: ${{ secrets.X }}; the value kept in .env, nothing in .env.example", () => {
    const key = djangoKey();
    const src = `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      SECRET_KEY: ${key}\n    steps:\n      - run: python manage.py test\n`;
    const p = plan({ files: { ".github/workflows/ci.yml": src } });
    expect(after(p, ".github/workflows/ci.yml")).toBe(src.replace(key, "${{ secrets.DJANGO_SECRET_KEY }}"));
    expect(after(p, ".env")).toBe(`DJANGO_SECRET_KEY='${key}'\n`);
    expect(after(p, ".env.example")).toBeUndefined();
  });
});

describe("planFix: names and .env", () => {
  it("a name the project reads for something else is not reused: NAME_2", () => {
    const key = djangoKey();
    const p = plan({
      files: { [S]: `import os\nSECRET_KEY = '${key}'\n` },
      other: { "tools/sign.py": `import os\nSIGNING = os.environ["DJANGO_SECRET_KEY"]\n` },
    });
    expect(after(p, S)).toBe(`import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY_2"]\n`);
  });

  it("…but a name read for the same setting is the same variable", () => {
    const key = djangoKey();
    const p = plan({
      files: { "mysite/settings/dev.py": `import os\nSECRET_KEY = '${key}'\n` },
      other: { "mysite/settings/prod.py": `import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n` },
    });
    expect(after(p, "mysite/settings/dev.py")).toBe(`import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n`);
  });

  it("two different keys get two names; the same key twice, one", () => {
    const [a, b] = [djangoKey(), djangoKey()];
    const p = plan({
      files: {
        "a/settings.py": `import os\nSECRET_KEY = '${a}'\n`,
        "b/settings.py": `import os\nSECRET_KEY = '${b}'\n`,
        "c/settings.py": `import os\nSECRET_KEY = '${a}'\n`,
      },
    });
    expect(p.entries.map((e) => e.name)).toEqual(["DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY_2"]);
    expect(after(p, "c/settings.py")).toContain(`os.environ["DJANGO_SECRET_KEY"]`);
  });

  it("a value already in .env is not added again; .env keeps its content and line endings", () => {
    const key = djangoKey();
    const p = plan({
      files: { [S]: `import os\nSECRET_KEY = '${key}'\n` },
      other: { ".env": `DEBUG=1\r\nDJANGO_SECRET_KEY="${key}"\r\n`, ".gitignore": "node_modules/\n.env\n" },
    });
    expect(p.entries).toEqual([]);
    expect(p.aux.map((a) => a.path)).toEqual([".env.example"]);
    const q = plan({ files: { [S]: `import os\nSECRET_KEY = '${key}'\n` }, other: { ".env": "DEBUG=1\r\n" } });
    expect(after(q, ".env")).toBe(`DEBUG=1\r\nDJANGO_SECRET_KEY='${key}'\r\n`);
    expect(after(q, ".gitignore")).toBe(".env\n");
  });

  it("a different value under the name in .env is a conflict (never overwritten)", () => {
    const p = plan({
      files: { [S]: `import os\nSECRET_KEY = '${djangoKey()}'\n` },
      other: { ".env": `DJANGO_SECRET_KEY=${randomString(50, "alnum")}\n` },
    });
    expect(p.conflicts.join()).toMatch(/DJANGO_SECRET_KEY is already set in \.env to a different value/);
  });

  it("a tracked .env is a conflict: values never go into git", () => {
    const p = plan({
      files: { [S]: `import os\nSECRET_KEY = '${djangoKey()}'\n` },
      other: { ".env": "DEBUG=1\n" },
      tracked: [".env"],
    });
    expect(p.conflicts.join()).toMatch(/\.env is tracked by git.*git rm --cached \.env/);
  });

  it(".gitignore that already ignores .env (any pattern) is left alone; another is appended to", () => {
    const key = djangoKey();
    for (const gi of [".env\n", "*.env\n", ".env*\n!.env.example\n"]) {
      expect(
        plan({ files: { [S]: `import os\nSECRET_KEY = '${key}'\n` }, other: { ".gitignore": gi } }).aux.some(
          (a) => a.path === ".gitignore",
        ),
      ).toBe(false);
    }
    expect(
      after(
        plan({ files: { [S]: `import os\nSECRET_KEY = '${key}'\n` }, other: { ".gitignore": "__pycache__/" } }),
        ".gitignore",
      ),
    ).toBe("__pycache__/\n.env\n");
  });
});

describe("planFix: what it leaves alone", () => {
  it("a secret in .env itself: untrack it", () => {
    const p = plan({ files: { ".env": `DJANGO_SECRET_KEY=${djangoKey()}\n` }, tracked: [".env"] });
    expect(p.files[0]!.unfixed[0]!.reason).toMatch(/git rm --cached \.env/);
    expect(p.files[0]!.after).toBe(p.files[0]!.before);
  });

  it.each([
    ["a comment", `import os\n# old key: %s\n`, /comment/],
    ["part of a longer string", `import os\nDATABASE_URL = "postgres://app:%s@db/app"\n`, /longer string/],
    ["a Dockerfile", `FROM python:3.12\nENV SECRET_KEY %s\n`, /run time|build secret/],
  ])("%s", (_, tpl, reason) => {
    const key = tpl.includes("postgres") ? randomString(24, "alnum") + "!x" : djangoKey();
    const path = tpl.startsWith("FROM") ? "Dockerfile" : S;
    const p = plan({ files: { [path]: tpl.replace("%s", () => key) } });
    const f = p.files[0]!;
    expect(f.unfixed).toHaveLength(1);
    expect(f.unfixed[0]!.reason).toMatch(reason);
    expect(f.after).toBe(f.before);
    expect(p.entries).toEqual([]);
  });
});
