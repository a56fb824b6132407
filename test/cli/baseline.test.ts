// Baselines: adopt leakproof on an old project, then only new findings count.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { insecureDjangoKey } from "../support/fake.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { tryGit } from "../git/support.js";

const key = insecureDjangoKey;

describe("leakproof baseline", () => {
  it("writes a sorted, timestamp-free file that makes the same scan clean", () => {
    const dir = tempRepo();
    const [k1, k2] = [key(), key()];
    writeFiles(dir, { "a/settings.py": `SECRET_KEY = '${k1}'\n`, "b/settings.py": `SECRET_KEY = '${k2}'\n` });
    const w = leakproof(["baseline"], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toContain("wrote 2 accepted findings from the working tree to .leakproof-baseline.json");
    expect(w.stderr).toContain("read it from there without flags");
    const text = readFileSync(join(dir, ".leakproof-baseline.json"), "utf8");
    const doc = JSON.parse(text);
    expect(doc.version).toBe(2);
    expect(doc.findings.map((e: { file: string }) => e.file).sort()).toEqual(["a/settings.py", "b/settings.py"]);
    const fps = doc.findings.map((e: { fingerprint: string }) => e.fingerprint);
    expect(fps).toEqual([...fps].sort());
    expect(text).not.toMatch(/"line"|"date"|"time"/);
    expect(text).not.toContain(k1.slice(16));
    expect(text).not.toContain(k2.slice(16));

    leakproof(["baseline"], { cwd: dir });
    expect(readFileSync(join(dir, ".leakproof-baseline.json"), "utf8")).toBe(text);
    expect(leakproof(["dir", "--baseline", ".leakproof-baseline.json"], { cwd: dir }).code).toBe(0);
  });

  it("keeps matching when code moves, reports only new secrets, and names stale entries", () => {
    const dir = tempRepo();
    const old = key();
    writeFiles(dir, { "settings.py": `SECRET_KEY = '${old}'\n` });
    leakproof(["dir", "--write-baseline", "base.json"], { cwd: dir });

    writeFileSync(join(dir, "settings.py"), `import os\n\n\nDEBUG = False\nSECRET_KEY = '${old}'\n`);
    expect(leakproof(["dir", "--baseline", "base.json"], { cwd: dir }).code).toBe(0);

    writeFiles(dir, { "other.py": `SECRET_KEY = '${key()}'\n` });
    const r = leakproof(["dir", "--baseline", "base.json", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["other.py"]);

    writeFileSync(join(dir, "settings.py"), "import os\n");
    const stale = leakproof(["dir", "--baseline", "base.json"], { cwd: dir });
    expect(stale.stderr).toContain("1 baseline entry no longer matches anything (django-insecure-key in settings.py)");
  });

  it("uses one fingerprint for the same secret in dir, staged and history, so one baseline serves all three", () => {
    const dir = tempRepo();
    writeFiles(dir, { "mysite/settings.py": `import os\nSECRET_KEY = '${key()}'\n` });
    git(dir, "add", ".");
    const fp = (args: string[]) =>
      JSON.parse(leakproof([...args, "--format", "json"], { cwd: dir }).stdout).findings.map(
        (f: { fingerprint: string }) => f.fingerprint,
      );
    const staged = fp(["staged"]);
    const onDisk = fp(["dir"]);
    git(dir, "commit", "-q", "--no-verify", "-m", "settings");
    const history = fp(["history"]);
    expect(staged).toHaveLength(1);
    expect(onDisk).toEqual(staged);
    expect(history).toEqual(staged);

    expect(leakproof(["baseline"], { cwd: dir }).code).toBe(0);
    for (const cmd of [["dir"], ["history"], ["staged"]]) {
      expect(leakproof([...cmd, "--baseline", ".leakproof-baseline.json"], { cwd: dir }).code).toBe(0);
    }
  });

  it("works without flags: .leakproof-baseline.json at the root is read by dir, staged, history and the hook", () => {
    const dir = tempRepo();
    const k = key();
    writeFiles(dir, { "mysite/settings.py": `SECRET_KEY = '${k}'\n` });
    git(dir, "add", ".");
    git(dir, "commit", "-q", "--no-verify", "-m", "old");
    expect(leakproof(["baseline"], { cwd: dir }).code).toBe(0);
    for (const cmd of [["dir"], ["history"], ["dir", "mysite"]]) expect(leakproof(cmd, { cwd: dir }).code).toBe(0);
    expect(leakproof(["install"], { cwd: dir }).code).toBe(0);
    // The accepted secret moves two lines down: the hook still lets it through; a new one is refused.
    writeFiles(dir, { "mysite/settings.py": `import os\n\nSECRET_KEY = '${k}'\n` });
    git(dir, "add", ".");
    expect(leakproof(["staged"], { cwd: dir }).code).toBe(0);
    const ok = tryGit(dir, ["commit", "-m", "moved"]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    writeFiles(dir, { "other.py": `SECRET_KEY = '${key()}'\n` });
    git(dir, "add", ".");
    expect(tryGit(dir, ["commit", "-m", "new"]).code).not.toBe(0);
  });

  it('a baseline named in .leakproof.toml (baseline = "…") is read without flags; a missing one is an error', () => {
    const dir = tempRepo();
    writeFiles(dir, { "settings.py": `SECRET_KEY = '${key()}'\n` });
    const w = leakproof(["baseline", "--output", "accepted.json"], { cwd: dir });
    expect(w.stderr).toContain('name it in .leakproof.toml (baseline = "accepted.json")');
    expect(leakproof(["dir"], { cwd: dir }).code).toBe(1);
    writeFiles(dir, { ".leakproof.toml": 'baseline = "accepted.json"\n' });
    expect(leakproof(["dir"], { cwd: dir }).code).toBe(0);
    writeFiles(dir, { ".leakproof.toml": 'baseline = "gone.json"\n' });
    const r = leakproof(["dir"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("baseline file not found");
  });

  it("baseline --history also accepts what older commits added, so history is clean", () => {
    const dir = tempRepo();
    writeFiles(dir, { "old.py": `SECRET_KEY = '${key()}'\n` });
    git(dir, "add", ".");
    git(dir, "commit", "-q", "--no-verify", "-m", "old");
    git(dir, "rm", "-q", "old.py");
    writeFiles(dir, { "now.py": `SECRET_KEY = '${key()}'\n` });
    git(dir, "add", ".");
    git(dir, "commit", "-q", "--no-verify", "-m", "now");
    expect(leakproof(["baseline"], { cwd: dir }).code).toBe(0);
    expect(leakproof(["dir"], { cwd: dir }).code).toBe(0);
    expect(leakproof(["history"], { cwd: dir }).code).toBe(1);
    const w = leakproof(["baseline", "--history"], { cwd: dir });
    expect(w.stderr).toContain("from the working tree and every commit");
    expect(leakproof(["history"], { cwd: dir }).code).toBe(0);
    expect(leakproof(["dir"], { cwd: dir }).code).toBe(0);
  });

  it("refuses a broken baseline file with exit 2", () => {
    const dir = tempRepo();
    writeFiles(dir, { "bad.json": "{ not json", "wrong.json": '{"version": 2}' });
    const r = leakproof(["dir", "--baseline", "bad.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.json: invalid baseline");
    expect(leakproof(["dir", "--baseline", "wrong.json"], { cwd: dir }).code).toBe(2);
    expect(leakproof(["dir", "--baseline", "missing.json"], { cwd: dir }).stderr).toContain("baseline file not found");
  });
});
