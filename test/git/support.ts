// Shared by the git, hook and staged-command tests: an isolated git environment, real commits,
// and fake secrets built at runtime (never a realistic token written down).
import { spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI } from "../support/cli.js";
import { insecureDjangoKey } from "../support/fake.js";

// The git environment is isolated by ../support/tmp.js (imported for its side effect too).
import "../support/tmp.js";

/** A fake Django startproject key, different every call. */
export function secret(): string {
  return insecureDjangoKey();
}

/** A settings line that the django-insecure-key rule reports at column 14 (its opening quote). */
export function leak(key = secret()): string {
  return `SECRET_KEY = "${key}"`;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git without throwing (for commits a hook may refuse). */
export function tryGit(cwd: string, args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Run {
  const r = spawnSync("git", args, {
    cwd,
    env: { ...process.env, ...opts.env },
    input: opts.input ?? "",
    encoding: "utf8",
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The number of commits on HEAD (0 before the first). */
export function commitCount(cwd: string): number {
  const r = tryGit(cwd, ["rev-list", "--count", "HEAD"]);
  return r.code === 0 ? Number(r.stdout.trim()) : 0;
}

/** Commits without hooks (setting up history that is already there). */
export function commitAll(cwd: string, message = "setup"): void {
  const add = tryGit(cwd, ["add", "-A"]);
  if (add.code !== 0) throw new Error(add.stderr);
  const r = tryGit(cwd, ["commit", "-q", "--no-verify", "-m", message]);
  if (r.code !== 0) throw new Error(r.stderr || r.stdout);
}

export function writeExecutable(path: string, content: string): void {
  writeFileSync(path, content);
  chmodSync(path, 0o755);
}

export function pathIn(dir: string, ...parts: string[]): string {
  return join(dir, ...parts);
}

/** Findings of a `--format json` run, as [file, line, ruleId]. */
export function found(stdout: string): Array<[string, number, string]> {
  const report = JSON.parse(stdout) as { findings: Array<{ file: string; line: number; ruleId: string }> };
  return report.findings.map((f) => [f.file, f.line, f.ruleId]);
}

/**
 * The project's own leakproof, as `npm i -D leakproof` leaves it: node_modules/.bin/leakproof
 * (running the built CLI), which husky's committed hook scripts use. node_modules/ is excluded.
 */
export function projectCli(repo: string): void {
  const bin = join(repo, "node_modules", ".bin");
  mkdirSync(bin, { recursive: true });
  writeExecutable(
    join(bin, "leakproof"),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`,
  );
  appendFileSync(join(repo, ".git", "info", "exclude"), "node_modules/\n");
}
