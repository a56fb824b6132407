// This repository as users get it: a git repository holding exactly the files of this checkout
// (tracked and new, as a clone of the commit being tested would), and the tarball `npm pack`
// makes of it. Made once per test file; the installs in the tests use no registry (--offline).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { git } from "./tmp.js";

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary directory that lasts for the whole test file (tempDir's last one test). */
export function fileTempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without npm's own variables (tests run under `npm test`) and with a private cache. */
export function npmEnv(cache: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && !k.startsWith("NODE_")) env[k] = v;
  return {
    ...env,
    npm_config_cache: cache,
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    ...extra,
  };
}

export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, input = ""): Run {
  const r = spawnSync(cmd, args, { cwd, env, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A git repository with this checkout's files committed; returns its path and the commit. */
export function snapshotRepo(): { dir: string; sha: string } {
  const dir = join(fileTempDir("leakproof-src-"), "leakproof");
  const files = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    try {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      cpSync(from, join(dir, f), { verbatimSymlinks: true });
    } catch (e) {
      // A tracked file deleted in the working tree is not part of the snapshot.
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.name", "Test");
  git(dir, "config", "user.email", "test@example.invalid");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--no-verify", "-m", "snapshot");
  return { dir, sha: git(dir, "rev-parse", "HEAD").trim() };
}

/** `npm pack` of a directory: the tarball's path. Nothing but its name may be on stdout (the pre-commit framework reads it). */
export function pack(dir: string, cache: string): string {
  const out = fileTempDir("leakproof-pack-");
  const r = run("npm", ["pack", "--pack-destination", out], dir, npmEnv(cache));
  if (r.code !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const name = r.stdout.trim();
  if (!readdirSync(out).includes(name)) throw new Error(`npm pack printed more than the tarball's name: ${r.stdout}`);
  return join(out, name);
}
