// Temporary directories and git repositories for tests; always cleaned up.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

// Nothing from the caller's git leaks in: not a hook's GIT_DIR / GIT_INDEX_FILE (tests run
// from a pre-commit hook), not the user's global config (core.hooksPath, signing, templates).
for (const k of Object.keys(process.env)) if (k.startsWith("GIT_")) delete process.env[k];
delete process.env.LEAKPROOF;
delete process.env.HUSKY;
// Nor the CI runner's: in CI a range scan reads settings the range changes from its base.
delete process.env.CI;
delete process.env.GITHUB_ACTIONS;
process.env.GIT_CONFIG_NOSYSTEM = "1";
process.env.GIT_CONFIG_GLOBAL = "/dev/null";
process.env.GIT_TERMINAL_PROMPT = "0";

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(prefix = "leakproof-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Writes files (path → content) under a directory, creating parents. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [p, content] of Object.entries(files)) {
    const abs = join(dir, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh git repository with a local identity, removed after the test. */
export function tempRepo(): string {
  const d = tempDir("leakproof-repo-");
  git(d, "init", "-q", "-b", "main");
  git(d, "config", "user.name", "Test");
  git(d, "config", "user.email", "test@example.invalid");
  git(d, "config", "commit.gpgsign", "false");
  return d;
}
