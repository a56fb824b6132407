// Every install path the README documents, as a user runs it: from a clone, a tarball and a git
// URL (local, global and --install-links), each into a fresh project with no build tools and no
// registry (--offline), then a real `git commit` of a generated secret must be refused.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commitCount, leak, tryGit } from "../git/support.js";
import { fileTempDir, npmEnv, pack, run, snapshotRepo } from "../support/package.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

let source: { dir: string; sha: string };
let tarball: string;
let cache: string;

beforeAll(() => {
  cache = fileTempDir("leakproof-npm-cache-");
  source = snapshotRepo();
  tarball = pack(source.dir, cache);
}, 120_000);

/** A project (package.json + git) that installs leakproof the given way. */
function project(): string {
  const dir = tempRepo();
  writeFiles(dir, { "package.json": JSON.stringify({ name: "app", version: "1.0.0", private: true }) + "\n" });
  return dir;
}

function npm(cwd: string, ...args: string[]) {
  const r = run("npm", [...args, "--offline", "--no-audit", "--no-fund"], cwd, npmEnv(cache));
  expect(r.code, `npm ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r;
}

/** `leakproof install` through the given command, then a commit of a secret: refused, nothing committed. */
function expectCommitBlocked(dir: string, leakproof: string[]) {
  const installed = run(leakproof[0]!, [...leakproof.slice(1), "install"], dir, npmEnv(cache));
  expect(installed.code, installed.stderr).toBe(0);
  writeFiles(dir, { "app/settings.py": leak() + "\n" });
  git(dir, "add", "app/settings.py");
  const r = tryGit(dir, ["commit", "-m", "settings"]);
  expect(r.code, r.stdout + r.stderr).not.toBe(0);
  expect(r.stdout + r.stderr).toContain("django-insecure-key");
  expect(r.stderr).toContain("commit blocked");
  expect(commitCount(dir)).toBe(0);
  // And a clean commit goes through the same hook.
  git(dir, "rm", "-q", "--cached", "app/settings.py");
  writeFiles(dir, { "README.md": "hello\n" });
  git(dir, "add", "README.md");
  const ok = tryGit(dir, ["commit", "-m", "readme"]);
  expect(ok.code, ok.stdout + ok.stderr).toBe(0);
}

describe("installing leakproof", () => {
  it("the tarball holds the built CLI and no build step", () => {
    const pkg = JSON.parse(readFileSync(join(source.dir, "package.json"), "utf8"));
    // npm runs these when installing from git (after installing devDependencies); none may be needed.
    for (const s of ["prepare", "prepack", "build", "install", "preinstall", "postinstall"])
      expect(pkg.scripts?.[s], `scripts.${s}`).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    const list = run("tar", ["-tzf", tarball], source.dir, process.env).stdout;
    for (const f of ["dist/cli/main.js", "dist/cli/dir.js", "dist/patterns.pack", "hooks/pre-commit"])
      expect(list).toContain(`package/${f}`);
    expect(list).not.toContain("package/src/");
  });

  it("from a clone: node dist/cli/main.js, no npm step", () => {
    expectCommitBlocked(project(), [process.execPath, join(source.dir, "dist/cli/main.js")]);
  });

  it("from the tarball (npm i -D ./leakproof-x.tgz)", () => {
    const dir = project();
    npm(dir, "install", "-D", tarball);
    expectCommitBlocked(dir, ["npx", "--no-install", "leakproof"]);
  });

  it("from a git URL pinned to a commit (npm i -D git+file://…#sha)", () => {
    const dir = project();
    npm(dir, "install", "-D", `git+file://${source.dir}#${source.sha}`);
    expect(existsSync(join(dir, "node_modules/leakproof/dist/cli/main.js"))).toBe(true);
    expectCommitBlocked(dir, ["npx", "--no-install", "leakproof"]);
  });

  it("globally from a git URL (npm i -g git+file://…, as pre-commit 4.6.1+ installs node hooks)", () => {
    const prefix = tempDir("leakproof-global-");
    npm(tempDir(), "install", "-g", "--prefix", prefix, `git+file://${source.dir}#${source.sha}`);
    expectCommitBlocked(tempRepo(), [join(prefix, "bin", "leakproof")]);
  });

  it("with --install-links from a local clone", () => {
    const dir = project();
    npm(dir, "install", "-D", "--install-links", source.dir);
    // A copy, not a link back into the clone.
    expect(run("test", ["-L", join(dir, "node_modules/leakproof")], dir, process.env).code).not.toBe(0);
    expectCommitBlocked(dir, ["npx", "--no-install", "leakproof"]);
  });
});
