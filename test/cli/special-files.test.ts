// Files leakproof reads for itself (.leakproof.toml, .leakproofignore, .gitignore) made into
// something that never ends: a symlink to /dev/zero, or a FIFO nobody writes to. No command may
// hang: the config and .leakproofignore are refused (exit 2, naming the file), a .gitignore is
// left out with a note (so dir scans more, never less). Bounded by a timeout: a hang fails the test.
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI } from "../support/cli.js";
import { tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, leak, tryGit } from "../git/support.js";

function run(cwd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 20_000, input: "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Make = (path: string) => void;
const MAKERS: Array<[string, Make]> = [
  ["a symlink to /dev/zero", (p) => symlinkSync("/dev/zero", p)],
  ["a FIFO", (p) => expect(spawnSync("mkfifo", [p]).status).toBe(0)],
];

/** A repository with a committed secret, a staged one, and `name` made special. */
function repoWith(name: string, make: Make): string {
  const repo = tempRepo();
  writeFiles(repo, { "a.py": leak() + "\n" });
  commitAll(repo);
  writeFiles(repo, { "b.py": leak() + "\n" });
  tryGit(repo, ["add", "-A"]);
  make(join(repo, name));
  return repo;
}

describe("special files where leakproof reads its own settings", () => {
  for (const [what, make] of MAKERS) {
    for (const name of [".leakproof.toml", ".leakproofignore"]) {
      it(`${name} as ${what}: dir, staged and history refuse it (exit 2, naming it), never hang`, () => {
        const repo = repoWith(name, make);
        for (const cmd of ["dir", "staged", "history"]) {
          const r = run(repo, [cmd]);
          expect(r.code, `${cmd}: ${r.stderr}`).toBe(2);
          expect(r.stderr).toContain(name);
          expect(r.stderr).toMatch(/not a regular file/);
        }
      });
    }

    it(`.gitignore as ${what}: dir leaves it out with a note and scans everything; staged and history are unaffected`, () => {
      const repo = repoWith(".gitignore", make);
      const dir = run(repo, ["dir"]);
      expect(dir.code, dir.stderr).toBe(1);
      expect(dir.stderr).toMatch(/skipped \.gitignore \(cannot read: .*not a regular file/);
      expect(run(repo, ["staged"]).code).toBe(1);
      expect(run(repo, ["history"]).code).toBe(1);
      // Below the root too, and when the scan starts inside that directory.
      const sub = repoWith("sub/.gitignore", (p) => {
        writeFiles(join(p, "..", ".."), { "sub/c.py": leak() + "\n" });
        make(p);
      });
      const nested = run(sub, ["dir", "sub"]);
      expect(nested.code, nested.stderr).toBe(1);
      expect(nested.stderr).toMatch(/cannot read/);
    });
  }

  it("a config over the size bound, or a baseline that is a device, is refused with a message, not read", () => {
    const repo = repoWith("big.txt", () => undefined);
    writeFiles(repo, { ".leakproof.toml": "#".repeat(2 * 1048576) });
    const r = run(repo, ["dir"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.leakproof\.toml.*MiB/);
    const other = repoWith("x.txt", () => undefined);
    const b = run(other, ["staged", "--baseline", "/dev/zero"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/\/dev\/zero.*not a regular file/);
  });
});
