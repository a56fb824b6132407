// The Python pre-commit framework, run for real (the one on PATH: Debian's 3.0.x in CI): a
// project's .pre-commit-config.yaml points at a clone of this repository pinned to a commit, the
// framework installs the hook its own way (npm install, npm pack, npm install -g of the tarball),
// and a real `git commit` of a generated secret is refused.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { commitCount, leak, tryGit } from "../git/support.js";
import { ROOT, fileTempDir, npmEnv, snapshotRepo } from "../support/package.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";

const manifest = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const framework = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const present = framework.status === 0;
// CI installs it (.ci/run): there a missing framework is a failure, not a skip.
if (!present && process.env.CI) throw new Error("pre-commit is not installed (.ci/run installs it)");

describe(".pre-commit-hooks.yaml", () => {
  it("declares node hooks whose entry is a bin of this package, with stage names every version accepts", () => {
    for (const hook of manifest) {
      expect(hook.language).toBe("node");
      const [bin] = String(hook.entry).split(" ");
      expect(Object.keys(pkg.bin)).toContain(bin);
      expect(hook.pass_filenames).toBe(false);
      // 3.0.x refuses pre-commit / pre-merge-commit / pre-push; later versions map the old names.
      for (const stage of hook.stages as string[]) expect(["commit", "merge-commit", "push"]).toContain(stage);
    }
    expect(manifest.find((h) => h.id === "leakproof")?.entry).toBe("leakproof staged");
  });
});

describe.skipIf(!present)(`the pre-commit framework (${framework.stdout?.trim() || "not installed"})`, () => {
  let source: { dir: string; sha: string };
  let home: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    source = snapshotRepo();
    home = fileTempDir("leakproof-pre-commit-home-");
    env = npmEnv(fileTempDir("leakproof-npm-cache-"), { PRE_COMMIT_HOME: home });
    // The framework's npm install fetches the devDependencies: from the machine's npm cache when it can.
    delete env.npm_config_cache;
  }, 120_000);

  function project(hooks: string[]): string {
    const dir = tempRepo();
    const config = [
      "repos:",
      `  - repo: ${source.dir}`,
      `    rev: ${source.sha}`,
      "    hooks:",
      ...hooks.map((h) => `      - id: ${h}`),
      "",
    ].join("\n");
    writeFiles(dir, { ".pre-commit-config.yaml": config });
    git(dir, "add", ".pre-commit-config.yaml");
    return dir;
  }

  function pc(dir: string, ...args: string[]) {
    const r = spawnSync("pre-commit", args, { cwd: dir, env, encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }

  it("installs the hook and refuses a commit that adds a secret", () => {
    const dir = project(["leakproof"]);
    pc(dir, "install");
    writeFiles(dir, { "mysite/settings.py": leak() + "\n" });
    git(dir, "add", ".");
    const r = tryGit(dir, ["commit", "-m", "settings"], { env: env as Record<string, string> });
    expect(r.code, r.stdout + r.stderr).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("mysite/settings.py:1:14");
    expect(commitCount(dir)).toBe(0);
    git(dir, "rm", "-q", "--cached", "mysite/settings.py");
    const ok = tryGit(dir, ["commit", "-m", "config"], { env: env as Record<string, string> });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  }, 300_000);

  it("runs leakproof-pre-push at the pre-push stage: a pushed commit that adds a secret is refused", () => {
    const dir = project(["leakproof", "leakproof-pre-push"]);
    const remote = join(fileTempDir("leakproof-remote-"), "r.git");
    git(dir, "init", "-q", "--bare", remote);
    git(dir, "remote", "add", "origin", remote);
    git(dir, "commit", "-q", "--no-verify", "-m", "config");
    pc(dir, "install", "--hook-type", "pre-commit", "--hook-type", "pre-push");
    const e = env as Record<string, string>;
    expect(tryGit(dir, ["push", "-q", "origin", "main"], { env: e }).code).toBe(0);
    writeFiles(dir, { "mysite/settings.py": leak() + "\n" });
    git(dir, "add", ".");
    git(dir, "commit", "-q", "--no-verify", "-m", "skips the commit hook");
    const r = tryGit(dir, ["push", "origin", "main"], { env: e });
    expect(r.code, r.stdout + r.stderr).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("mysite/settings.py:1:14");
    expect(git(remote, "rev-list", "--count", "main").trim()).toBe("1");
  }, 300_000);
});
