// `leakproof dir` scans files whatever bytes their names hold: a Latin-1 name is not UTF-8, and
// reading it by its decoded name failed (ENOENT), so its secret passed with a note and exit 0.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";
import { leak } from "../git/support.js";

/** A path under dir whose last part is these bytes (Latin-1 "café", not UTF-8). */
function bytesPath(dir: string | Buffer, name: number[]): Buffer {
  return Buffer.concat([Buffer.from(dir), Buffer.from("/"), Buffer.from(name)]);
}

const CAFE = [0x63, 0x61, 0x66, 0xe9]; // "caf\xe9"

describe("dir and file names that are not UTF-8", () => {
  it("a Latin-1 file, and a file in a Latin-1 directory, are scanned and reported", () => {
    const dir = tempDir();
    writeFileSync(bytesPath(dir, [...CAFE, 0x2e, 0x70, 0x79]), leak() + "\n");
    const sub = bytesPath(dir, CAFE);
    mkdirSync(sub);
    writeFileSync(bytesPath(sub, [0x73, 0x2e, 0x70, 0x79]), "# x\n" + leak() + "\n");
    writeFileSync(join(dir, "ok.py"), leak() + "\n");
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(r.stderr).not.toMatch(/cannot read/);
    expect(r.code, r.stderr).toBe(1);
    const files = (JSON.parse(r.stdout) as { findings: Array<{ file: string; line: number }> }).findings.map((f) => [
      f.file,
      f.line,
    ]);
    expect(files).toEqual([
      ["caf\uFFFD.py", 1],
      ["caf\uFFFD/s.py", 2],
      ["ok.py", 1],
    ]);
  });

  it("also when a worker thread shares the scan (many files)", () => {
    const dir = tempDir();
    const filler = "# " + "x".repeat(2000) + "\n";
    for (let i = 0; i < 3000; i++) writeFileSync(join(dir, `f${String(i).padStart(4, "0")}.txt`), filler);
    writeFileSync(bytesPath(dir, [0x7a, ...CAFE, 0x2e, 0x70, 0x79]), leak() + "\n");
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(r.stderr).not.toMatch(/cannot read/);
    expect(r.code, r.stderr).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toEqual([
      "zcaf\uFFFD.py",
    ]);
  });
});
