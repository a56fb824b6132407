// The installed hook runs leakproof with an empty NODE_EXTRA_CA_CERTS: leakproof opens no network
// connection, so Node need not read a CA bundle as it starts. Only leakproof's own process: the
// hook that runs after the scan sees the variable as the user set it. Real commits, real hooks.
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { commitCount, leak, projectCli, tryGit } from "../git/support.js";

/** Node warns on stderr, as it starts, when NODE_EXTRA_CA_CERTS names a file it cannot read. */
const CA_WARNING = "extra certs";

function commitFile(repo: string, path: string, content: string, env: Record<string, string>) {
  writeFiles(repo, { [path]: content });
  git(repo, "add", "--", path);
  return tryGit(repo, ["commit", "-m", `add ${path}`], { env });
}

describe("the installed hook's start", () => {
  it("runs leakproof without NODE_EXTRA_CA_CERTS, and still blocks; the chained hook keeps the variable", () => {
    const repo = tempRepo();
    const hooks = join(repo, ".git", "hooks");
    writeFileSync(join(hooks, "pre-commit"), '#!/bin/sh\necho "chained CA=$NODE_EXTRA_CA_CERTS" >&2\n');
    chmodSync(join(hooks, "pre-commit"), 0o755);
    const r0 = leakproof(["install"], { cwd: repo });
    expect(r0.code, r0.stderr).toBe(0);
    const env = { NODE_EXTRA_CA_CERTS: join(repo, "no-such-ca.pem") };
    expect(leakproof(["--version"], { cwd: repo, env }).stderr).toContain(CA_WARNING);

    // The CLI the hook recorded at install (no node_modules here).
    let r = commitFile(repo, "settings.py", leak() + "\n", env);
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toContain("django-insecure-key");
    expect(r.stderr).not.toContain(CA_WARNING);
    expect(commitCount(repo)).toBe(0);
    git(repo, "reset", "-q");
    r = commitFile(repo, "README.md", "# hello\n", env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain(CA_WARNING);
    expect(r.stderr).toContain(`chained CA=${env.NODE_EXTRA_CA_CERTS}`);

    // The project's node_modules/.bin/leakproof.
    projectCli(repo);
    r = commitFile(repo, "settings.py", leak() + "\n", env);
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toContain("django-insecure-key");
    expect(r.stderr).not.toContain(CA_WARNING);
    expect(commitCount(repo)).toBe(1);
  });
});
