// The staged diff started early (src/git/early.ts, the hook's overlap of git with loading rules):
// read, it gives what a diff started late gives; asked for other arguments, it is cancelled and
// the scan runs its own; a failing git still fails the scan.
import { describe, expect, it } from "vitest";
import { scanStaged, stagedDiff } from "../../src/git/staged.js";
import type { Fragment } from "../../src/types.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll } from "./support.js";

const MB = 1048576;

async function scan(cwd: string, maxFileSize: number, early?: ReturnType<typeof stagedDiff>) {
  const fragments: Fragment[] = [];
  await scanStaged(
    { cwd, paths: [], maxFileSize, ...(early ? { early } : {}) },
    (f) => fragments.push(f),
    () => undefined,
  );
  return fragments.map(({ path, text, startLine }) => ({ path, text, startLine }));
}

function repo(): string {
  const dir = tempRepo();
  writeFiles(dir, { "a.txt": "one\n" });
  commitAll(dir);
  writeFiles(dir, { "a.txt": "one\ntwo\n", "b.txt": "three\n" });
  commitAll(dir, "second");
  writeFiles(dir, { "a.txt": "one\ntwo\nfour\n", "c.txt": "five\nsix\n" });
  return dir;
}

describe("the staged diff started early", () => {
  it("gives the fragments a diff started by the scan gives", async () => {
    const dir = repo();
    git(dir, "add", ".");
    const late = await scan(dir, 10 * MB);
    const early = stagedDiff(dir, [], 10 * MB);
    // The output waits for its reader: nothing is lost while the rules would load.
    await new Promise((r) => setTimeout(r, 200));
    expect(await scan(dir, 10 * MB, early)).toEqual(late);
    expect(late.map((f) => f.path)).toEqual(["a.txt", "c.txt"]);
  });

  it("is cancelled, and the scan runs its own diff, when the size limit differs", async () => {
    const dir = repo();
    git(dir, "add", ".");
    const early = stagedDiff(dir, [], 10 * MB);
    expect(early.matches(early.args)).toBe(true);
    expect(await scan(dir, 2 * MB, early)).toEqual(await scan(dir, 2 * MB));
    expect(early.matches(early.args)).toBe(false);
  });

  it("fails the scan when git fails", async () => {
    const dir = tempDir();
    await expect(scan(dir, 10 * MB, stagedDiff(dir, [], 10 * MB))).rejects.toThrow(/git diff --cached/);
  });
});
