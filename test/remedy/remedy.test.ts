// The fix line, per language and configuration library.
import { describe, expect, it } from "vitest";
import { remedyFor } from "../../src/remedy/remedy.js";
import { upperSnake } from "../../src/remedy/names.js";
import type { ProjectLibs } from "../../src/remedy/project.js";
import type { Finding } from "../../src/types.js";
import { loadRuleDir } from "../../src/rules/load.js";
import { randomString, insecureDjangoKey } from "../support/fake.js";

const rules = new Map(loadRuleDir().rules.map((r) => [r.id, r]));
const secret = insecureDjangoKey();

function finding(
  file: string,
  lineText: string,
  ruleId = "django-insecure-key",
  value = secret,
  name?: string,
): Finding {
  return {
    ruleId,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    secret: value,
    lineText,
    fingerprint: "",
    severity: "high",
    message: "",
    notes: [],
    ...(name ? { name } : {}),
  };
}

function fix(f: Finding, project: ProjectLibs = {}, fileText?: string) {
  return remedyFor(f, rules.get(f.ruleId), { project, fileText: () => fileText });
}

describe("remedyFor", () => {
  it.each([
    ["settings.py", `SECRET_KEY = '${secret}'`, {}, "import os\n", `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`],
    [
      "settings.py",
      `SECRET_KEY = '${secret}'`,
      { python: "django-environ" },
      "",
      `SECRET_KEY = env("DJANGO_SECRET_KEY")`,
    ],
    [
      "settings.py",
      `SECRET_KEY = '${secret}'`,
      {},
      "from decouple import config\n",
      `SECRET_KEY = config("DJANGO_SECRET_KEY")`,
    ],
    [
      "settings.py",
      `SECRET_KEY = '${secret}'`,
      { python: "environs" },
      "",
      `SECRET_KEY = env.str("DJANGO_SECRET_KEY")`,
    ],
    [
      "settings.py",
      `SECRET_KEY = os.getenv("SECRET_KEY", "${secret}")`,
      {},
      "import os\n",
      `SECRET_KEY = os.environ["SECRET_KEY"]`,
    ],
    [
      "settings.py",
      `SECRET_KEY = config('SECRET_KEY', default='${secret}')`,
      { python: "python-decouple" },
      "",
      `SECRET_KEY = config("SECRET_KEY")`,
    ],
    ["settings.py", `SECRET_KEY = r'${secret}'`, {}, "import os\n", `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`],
    ["src/app.ts", `const secret = "${secret}";`, {}, "", `const secret = process.env.DJANGO_SECRET_KEY;`],
    ["config/app.rb", `config.secret = '${secret}'`, {}, "", `config.secret = ENV.fetch("DJANGO_SECRET_KEY")`],
    ["main.go", `var key = "${secret}"`, {}, "", `var key = os.Getenv("DJANGO_SECRET_KEY")`],
    ["config/app.php", `'key' => '${secret}',`, { php: "laravel" }, "", `'key' => env('DJANGO_SECRET_KEY'),`],
    [
      "docker-compose.yml",
      `      SECRET_KEY: "${secret}"`,
      {},
      "",
      `SECRET_KEY: "\${DJANGO_SECRET_KEY:?DJANGO_SECRET_KEY is not set}"`,
    ],
    [
      "docker-compose.yml",
      `      - SECRET_KEY=${secret}`,
      {},
      "",
      `- SECRET_KEY=\${DJANGO_SECRET_KEY:?DJANGO_SECRET_KEY is not set}`,
    ],
    [
      ".github/workflows/ci.yml",
      `      SECRET_KEY: ${secret}`,
      {},
      "",
      `SECRET_KEY: \${{ secrets.DJANGO_SECRET_KEY }}`,
    ],
  ] as const)("%s: %s", (file, line, project, fileText, expected) => {
    expect(fix(finding(file, line), project, fileText).line).toBe(expected);
  });

  it("asks for `import os` when the file lacks it", () => {
    expect(fix(finding("settings.py", `SECRET_KEY = '${secret}'`), {}, "from pathlib import Path\n").steps).toContain(
      "Add `import os` at the top of the file.",
    );
  });

  it("keeps .env files as the place for values and says to keep them out of git", () => {
    const r = fix(finding(".env", `DJANGO_SECRET_KEY=${secret}`));
    expect(r.line).toBeUndefined();
    expect(r.steps.join(" ")).toMatch(/\.gitignore.*git rm --cached \.env/);
  });

  it("names the variable after what the value was assigned to, for generic rules", () => {
    const pw = randomString(16, "alnum");
    const r = fix(finding("db.py", `DB_PASSWORD = "${pw}"`, "generic-password", pw, "DB_PASSWORD"), {}, "import os\n");
    expect(r.line).toBe(`DB_PASSWORD = os.environ["DB_PASSWORD"]`);
    expect(upperSnake("apiKey")).toBe("API_KEY");
    expect(upperSnake("config.db.password")).toBe("PASSWORD");
    expect(upperSnake("'SECRET_TOKEN'")).toBe("SECRET_TOKEN");
  });
});
