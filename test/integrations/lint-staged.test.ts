// husky + lint-staged: lint-staged passes the staged files' paths; leakproof scans their staged
// content (the index), so a secret only in the working tree does not block, one in the index does.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLI, leakproof } from "../support/cli.js";
import { insecureDjangoKey } from "../support/fake.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { spawnSync } from "node:child_process";

const LINT_STAGED = fileURLToPath(new URL("../../node_modules/lint-staged/bin/lint-staged.js", import.meta.url));
const key = insecureDjangoKey;

function project(): string {
  const dir = tempRepo();
  writeFiles(dir, {
    "package.json": JSON.stringify(
      { name: "app", private: true, "lint-staged": { "*": `${process.execPath} ${CLI} staged` } },
      null,
      2,
    ),
    "app/settings.py": "import os\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n",
  });
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "init");
  // The hook husky would run: lint-staged.
  const hook = join(dir, ".git", "hooks", "pre-commit");
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${LINT_STAGED}"\n`);
  chmodSync(hook, 0o755);
  return dir;
}

function commit(dir: string) {
  return spawnSync("git", ["commit", "-m", "change"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
}

describe("lint-staged integration", () => {
  it("blocks a commit whose staged content holds a secret, and creates no commit", () => {
    const dir = project();
    writeFiles(dir, { "app/local.py": `SECRET_KEY = '${key()}'\n` });
    git(dir, "add", "app/local.py");
    const r = commit(dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("django-insecure-key");
    expect(git(dir, "rev-list", "--count", "HEAD").trim()).toBe("1");
  });

  it("lets a clean commit through even when the working tree (unstaged) holds a secret", () => {
    const dir = project();
    writeFiles(dir, { "app/settings.py": "import os\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDEBUG = False\n" });
    git(dir, "add", "app/settings.py");
    writeFiles(dir, { "app/settings.py": `import os\nSECRET_KEY = '${key()}'\nDEBUG = False\n` });
    const r = commit(dir);
    expect(r.stderr).not.toContain("django-insecure-key");
    expect(r.status).toBe(0);
    expect(git(dir, "rev-list", "--count", "HEAD").trim()).toBe("2");
    expect(git(dir, "show", "HEAD:app/settings.py")).not.toContain("django-insecure-");
  });

  it("leakproof install in a husky project whose lint-staged runs leakproof staged adds no second scan", () => {
    const dir = project();
    mkdirSync(join(dir, ".husky", "_"), { recursive: true });
    git(dir, "config", "core.hooksPath", ".husky/_");
    writeFiles(dir, { ".husky/pre-commit": "npx lint-staged\n", ".husky/_/pre-commit": "#!/bin/sh\n" });
    const r = leakproof(["install"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("already runs leakproof staged");
    expect(readFileSync(join(dir, ".husky", "pre-commit"), "utf8")).toBe("npx lint-staged\n");
    // pre-merge-commit is not lint-staged's: it still gets the check.
    expect(readFileSync(join(dir, ".husky", "pre-merge-commit"), "utf8")).toContain("leakproof staged");

    // Without leakproof in lint-staged's config, the block goes in.
    writeFiles(dir, { "package.json": JSON.stringify({ name: "app", "lint-staged": { "*.js": "eslint" } }) });
    expect(leakproof(["install"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, ".husky", "pre-commit"), "utf8")).toContain("node_modules/.bin/leakproof staged");
  });
});
