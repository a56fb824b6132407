// Writes: atomic, mode kept, symlinks followed, refused when the file changed since it was read.
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChangedError, hashOf, snapshot, writeAtomic } from "../../src/remedy/apply.js";
import { tempDir } from "../support/tmp.js";

describe("writeAtomic", () => {
  it("replaces the file, keeps its mode, leaves no temporary file", () => {
    const d = tempDir();
    const f = join(d, "run.sh");
    writeFileSync(f, "old\n");
    chmodSync(f, 0o750);
    writeAtomic(f, Buffer.from("new\n"), snapshot(f).hash);
    expect(readFileSync(f, "utf8")).toBe("new\n");
    expect(statSync(f).mode & 0o777).toBe(0o750);
    expect(readdirSync(d)).toEqual(["run.sh"]);
  });

  it("creates a missing file with the mode asked for", () => {
    const d = tempDir();
    const f = join(d, ".env");
    writeAtomic(f, Buffer.from("A=1\n"), "", 0o600);
    expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  it("refuses a file that changed since it was read, and leaves it as it is", () => {
    const d = tempDir();
    const f = join(d, "settings.py");
    writeFileSync(f, "a\n");
    const seen = hashOf(Buffer.from("a\n"));
    writeFileSync(f, "a\nb\n");
    expect(() => writeAtomic(f, Buffer.from("x\n"), seen)).toThrow(ChangedError);
    expect(readFileSync(f, "utf8")).toBe("a\nb\n");
    expect(readdirSync(d)).toEqual(["settings.py"]);
    // A file that appeared where none was.
    expect(() => writeAtomic(f, Buffer.from("x\n"), "")).toThrow(ChangedError);
  });

  it("writes through a symlink, keeping the link", () => {
    const d = tempDir();
    writeFileSync(join(d, "real.py"), "a\n");
    symlinkSync("real.py", join(d, "link.py"));
    writeAtomic(join(d, "link.py"), Buffer.from("b\n"), snapshot(join(d, "link.py")).hash);
    expect(readFileSync(join(d, "real.py"), "utf8")).toBe("b\n");
    expect(statSync(join(d, "link.py")).isFile()).toBe(true);
  });
});
