// The hook's bundle through V8's code cache (src/cli/codecache.ts): an optimisation only, so every
// state of the cache (none, valid, corrupt, from another build, in a directory others can write,
// nowhere to write) must scan and block alike. The real CLI on real repositories.
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { found, leak } from "../git/support.js";

/** A repository with one secret staged, and what `staged` must report for it. */
function stagedLeak(): { repo: string; want: Array<[string, number, string]> } {
  const repo = tempRepo();
  writeFiles(repo, { "settings.py": "import os\n\n" + leak() + "\n" });
  git(repo, "add", ".");
  return { repo, want: [["settings.py", 3, "django-insecure-key"]] };
}

function hook(repo: string, cache: string, extra: Record<string, string> = {}) {
  const r = leakproof(["staged", "--format", "json"], { cwd: repo, env: { XDG_CACHE_HOME: cache, ...extra } });
  expect(r.code, r.stderr).toBe(1);
  return found(r.stdout);
}

const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".v8cache"));

/** stagedLeak() after one run with a cache of its own: where the cache file is. */
function cachedOnce() {
  const leak = stagedLeak();
  const cache = tempDir("leakproof-cache-");
  hook(leak.repo, cache);
  const dir = join(cache, "leakproof");
  return { ...leak, cache, dir, path: join(dir, files(dir)[0]!) };
}

describe("leakproof staged: the code cache", () => {
  it("is written by the first run, private, and taken as it is by the next", () => {
    const { repo, want } = stagedLeak();
    const cache = tempDir("leakproof-cache-");
    expect(hook(repo, cache)).toEqual(want);
    const dir = join(cache, "leakproof");
    const [name] = files(dir);
    expect(name).toMatch(new RegExp(`^staged-[0-9a-f]{8}-${process.version}-${process.arch}-`));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, name!)).mode & 0o777).toBe(0o600);
    const before = statSync(join(dir, name!));
    expect(hook(repo, cache)).toEqual(want);
    // Accepted by V8: not written again.
    const after = statSync(join(dir, name!));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("a corrupt cache is refused by V8 and replaced; the scan is the same", () => {
    const { repo, want, cache, path } = cachedOnce();
    const good = readFileSync(path);
    // One bit of the payload (V8 reads the header as sound; without a checksum it would crash),
    // then the header.
    const flipBit = (b: Buffer) => b.writeUInt8(b.readUInt8(b.length >> 1) ^ 1, b.length >> 1);
    for (const damage of [flipBit, (b: Buffer) => b.fill(0x5a, 0, 64)]) {
      const bad = Buffer.from(good);
      damage(bad);
      writeFileSync(path, bad);
      expect(hook(repo, cache)).toEqual(want);
      expect(readFileSync(path).equals(bad)).toBe(false);
    }
    writeFileSync(path, "not a cache");
    expect(hook(repo, cache)).toEqual(want);
    expect(readFileSync(path, "utf8")).not.toBe("not a cache");
  });

  it("an older cache or a half-written one of the same install is removed when this one is written; other installs' are kept", () => {
    const { repo, want } = stagedLeak();
    const cache = tempDir("leakproof-cache-");
    hook(repo, cache);
    const dir = join(cache, "leakproof");
    const current = files(dir)[0]!;
    const install = current.slice(0, "staged-".length + 9);
    const older = `${install}v0.0.0-x64-1-2-3.v8cache`;
    const other = "staged-00000000-v0.0.0-x64-1-2-3.v8cache";
    const leftover = `.${current}.99999999`; // a run killed while writing
    writeFiles(dir, { [older]: "old", [other]: "another install", [leftover]: "half", "notes.txt": "kept" });
    rmSync(join(dir, current));
    expect(hook(repo, cache)).toEqual(want);
    expect(files(dir).sort()).toEqual([current, other].sort());
    expect(readdirSync(dir).sort()).toEqual([current, other, "notes.txt"].sort());
  });

  it("is neither read nor written in a directory others can write", () => {
    const { repo, want, cache, dir, path } = cachedOnce();
    writeFileSync(path, "planted by someone else");
    chmodSync(dir, 0o777);
    expect(hook(repo, cache)).toEqual(want);
    expect(readFileSync(path, "utf8")).toBe("planted by someone else");
  });

  it("scans alike with nowhere to write it, and not at all with LEAKPROOF_NO_CACHE=1", () => {
    const { repo, want } = stagedLeak();
    const file = join(tempDir("leakproof-cache-"), "a-file");
    writeFileSync(file, "");
    expect(hook(repo, file)).toEqual(want);
    const cache = tempDir("leakproof-cache-");
    expect(hook(repo, cache, { LEAKPROOF_NO_CACHE: "1" })).toEqual(want);
    expect(readdirSync(cache)).toEqual([]);
  });
});
