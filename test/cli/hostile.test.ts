// Scanning a repository someone else controls runs none of its configured programs: every
// program git could be told to run (fsmonitor, pager, external diff, textconv, filters, merge
// drivers, ssh, credential helpers, hooks, remote helpers) is a marker script here, and no marker
// may appear after `dir`, `staged` or `history`, while the scans still find what they should.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { found, leak, tryGit, writeExecutable } from "../git/support.js";

const HOOKS = [
  "applypatch-msg",
  "pre-applypatch",
  "post-applypatch",
  "pre-commit",
  "pre-merge-commit",
  "prepare-commit-msg",
  "commit-msg",
  "post-commit",
  "pre-rebase",
  "post-checkout",
  "post-merge",
  "pre-push",
  "pre-receive",
  "update",
  "post-receive",
  "post-update",
  "reference-transaction",
  "push-to-checkout",
  "pre-auto-gc",
  "post-rewrite",
  "sendemail-validate",
  "fsmonitor-watchman",
  "p4-changelist",
  "post-index-change",
];

/** A marker program: running it leaves a file named after it in `markers` (and passes stdin through, as a filter would). */
function marker(bin: string, markers: string, name: string, filter = true): string {
  const path = join(bin, name);
  writeExecutable(
    path,
    `#!/bin/sh\ntouch "${markers}/${name}"\n${filter ? "cat 2>/dev/null\n" : ""}exit ${filter ? 0 : 1}\n`,
  );
  return path;
}

/**
 * A repository whose configuration names a marker program for everything git can run: a merge
 * with a conflict on a file with hostile attributes (history: --remerge-diff would merge it
 * again), a staged secret, and a remote that only an ssh or ext transport could reach.
 */
function hostileRepo(): { repo: string; markers: string } {
  const repo = tempRepo();
  const bin = tempDir("leakproof-bin-");
  const markers = tempDir("leakproof-markers-");
  const m = (name: string) => marker(bin, markers, name);
  writeFiles(repo, { ".gitattributes": "* diff=evil merge=evil filter=evil\n", "f.txt": "a\nb\nc\n" });
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--no-verify", "-m", "one");
  git(repo, "checkout", "-q", "-b", "side");
  writeFiles(repo, { "f.txt": "a\nside\nc\n" });
  git(repo, "commit", "-q", "--no-verify", "-am", "side");
  git(repo, "checkout", "-q", "main");
  writeFiles(repo, { "f.txt": "a\nmain\nc\n" });
  git(repo, "commit", "-q", "--no-verify", "-am", "main");
  expect(tryGit(repo, ["merge", "-q", "--no-verify", "side"]).code).not.toBe(0);
  writeFiles(repo, { "f.txt": "a\nmain\nside\n" + leak() + "\nc\n" });
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--no-verify", "-m", "merge");
  writeFiles(repo, { "staged.py": leak() + "\n" });
  git(repo, "add", "-A");

  const hooks = join(repo, ".git", "hooks");
  mkdirSync(hooks, { recursive: true });
  const elsewhere = tempDir("leakproof-hooks-");
  for (const h of HOOKS) {
    writeExecutable(join(hooks, h), `#!/bin/sh\ntouch "${markers}/hook-${h}"\n`);
    writeExecutable(join(elsewhere, h), `#!/bin/sh\ntouch "${markers}/hookspath-${h}"\n`);
  }
  const config: Array<[string, string]> = [
    ["core.fsmonitor", m("fsmonitor")],
    ["core.pager", m("pager")],
    ["pager.log", m("pager-log")],
    ["pager.diff", m("pager-diff")],
    ["pager.grep", m("pager-grep")],
    ["diff.external", m("external-diff")],
    ["diff.evil.command", m("diff-command")],
    ["diff.evil.textconv", m("textconv")],
    ["filter.evil.clean", m("filter-clean")],
    ["filter.evil.smudge", m("filter-smudge")],
    ["filter.evil.process", m("filter-process")],
    ["filter.evil.required", "true"],
    ["merge.evil.driver", `${m("merge-driver")} %O %A %B`],
    ["merge.default", "evil"],
    ["merge.renormalize", "true"],
    ["core.sshCommand", marker(bin, markers, "ssh-command", false)],
    ["core.gitProxy", m("git-proxy")],
    ["core.askPass", m("askpass")],
    ["credential.helper", `!${m("credential")}`],
    ["core.alternateRefsCommand", m("alternate-refs")],
    ["core.editor", m("editor")],
    ["sequence.editor", m("sequence-editor")],
    ["gpg.program", m("gpg")],
    ["log.showSignature", "true"],
    ["remote.origin.url", "ssh://git@example.invalid/repo.git"],
    ["remote.origin.uploadpack", m("upload-pack")],
    ["remote.ext.url", `ext::${m("ext-remote")} %S`],
    ["protocol.allow", "always"],
    ["protocol.ssh.allow", "always"],
    ["protocol.ext.allow", "always"],
    ["protocol.file.allow", "always"],
    ["core.hooksPath", elsewhere],
  ];
  for (const [k, v] of config) git(repo, "config", k, v);
  return { repo, markers };
}

describe("a hostile repository executes nothing", () => {
  it("dir, staged and history run none of its configured programs, and still find its secrets", () => {
    const { repo, markers } = hostileRepo();
    const staged = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(staged.code, staged.stderr).toBe(1);
    expect(found(staged.stdout)).toEqual([["staged.py", 1, "django-insecure-key"]]);
    const history = leakproof(["history", "--format", "json"], { cwd: repo });
    expect(history.code, history.stderr).toBe(1);
    expect(found(history.stdout)).toContainEqual(["f.txt", 4, "django-insecure-key"]);
    const dir = leakproof(["dir", "--format", "json"], { cwd: repo });
    expect(dir.code, dir.stderr).toBe(1);
    expect(readdirSync(markers)).toEqual([]);
  });

  it("history of a range and of a mirror (bare clone) runs nothing either", () => {
    const { repo, markers } = hostileRepo();
    const r = leakproof(["history", "--format", "json", "HEAD~2..HEAD"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    const bare = tempDir("leakproof-bare-");
    git(bare, "clone", "-q", "--bare", repo, "m.git");
    const mirror = join(bare, "m.git");
    for (const line of git(repo, "config", "--local", "--list").trim().split("\n")) {
      const eq = line.indexOf("=");
      const key = line.slice(0, eq);
      if (key.startsWith("core.") && /bare|repositoryformatversion|filemode|logallrefupdates/.test(key)) continue;
      tryGit(mirror, ["config", key, line.slice(eq + 1)]);
    }
    writeFiles(mirror, { "info/attributes": "* diff=evil merge=evil filter=evil\n" });
    const b = leakproof(["history", "--format", "json"], { cwd: mirror });
    expect(b.code, b.stderr).toBe(1);
    expect(readdirSync(markers)).toEqual([]);
    expect(existsSync(join(markers, "merge-driver"))).toBe(false);
  });
});

describe("a partial (blobless) clone", () => {
  /** A blobless clone whose promisor remote is now reachable only over ssh, through a marker program. */
  function blobless(): { clone: string; markers: string; first: string; origin: string } {
    const origin = tempRepo();
    writeFiles(origin, { "a.py": leak() + "\n" });
    git(origin, "add", "-A");
    git(origin, "commit", "-q", "--no-verify", "-m", "one");
    const first = git(origin, "rev-parse", "HEAD").trim();
    writeFiles(origin, { "b.py": leak() + "\n" });
    git(origin, "add", "-A");
    git(origin, "commit", "-q", "--no-verify", "-m", "two");
    git(origin, "config", "uploadpack.allowFilter", "true");
    const parent = tempDir("leakproof-partial-");
    git(parent, "clone", "-q", "--filter=blob:none", "--no-checkout", `file://${origin}`, "clone");
    const clone = join(parent, "clone");
    const bin = tempDir("leakproof-bin-");
    const markers = tempDir("leakproof-markers-");
    git(clone, "config", "remote.origin.url", "ssh://git@example.invalid/repo.git");
    git(clone, "config", "core.sshCommand", marker(bin, markers, "ssh-command", false));
    git(clone, "config", "protocol.ssh.allow", "always");
    return { clone, markers, first, origin };
  }

  it("history fetches nothing: missing objects are an error that says what is missing and how to fetch it", () => {
    const { clone, markers, first } = blobless();
    const r = leakproof(["history", "--format", "json"], { cwd: clone });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/partial clone and 2 objects .* not here .*never fetches.*git fetch --refetch origin/);
    const range = leakproof(["history", "--format", "json", `${first}..HEAD`], { cwd: clone });
    expect(range.code, range.stderr).toBe(2);
    expect(range.stderr).toMatch(/partial clone and 1 object .* is not here/);
    expect(readdirSync(markers)).toEqual([]);
  });

  it("git itself never fetches either, even past the up-front check (a transport is refused, the call fails)", async () => {
    const { clone, markers } = blobless();
    const { gitSync, GitError } = await import("../../src/git/exec.js");
    let err: unknown;
    try {
      gitSync(["log", "-p", "--all"], { cwd: clone });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GitError);
    expect(readdirSync(markers)).toEqual([]);
  });

  it("once the objects are fetched as the message says, the scan runs as in a full clone", () => {
    const { clone, origin } = blobless();
    git(clone, "config", "remote.origin.url", `file://${origin}`);
    git(clone, "config", "--unset", "remote.origin.partialclonefilter");
    git(clone, "fetch", "-q", "--refetch", "origin");
    const r = leakproof(["history", "--format", "json"], { cwd: clone });
    expect(r.code, r.stderr).toBe(1);
    expect(
      found(r.stdout)
        .map(([file]) => file)
        .sort(),
    ).toEqual(["a.py", "b.py"]);
  });
});
