// The command line as people mistype it: a plain message with the nearest option or command,
// and each command's own --help.
import { describe, expect, it } from "vitest";
import { distance, closest } from "../../src/cli/suggest.js";
import { leakproof } from "../support/cli.js";
import { tempRepo } from "../support/tmp.js";

describe("command line", () => {
  it("an unknown option: exit 2, the nearest option of that command, no parser jargon", () => {
    const dir = tempRepo();
    const r = leakproof(["history", "--formt", "json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "leakproof: error: unknown option --formt; did you mean --format? (leakproof history --help lists the options)\n",
    );
    expect(leakproof(["install", "--prepush"], { cwd: dir }).stderr).toContain("did you mean --pre-push?");
    const far = leakproof(["dir", "--zzzzzz"], { cwd: dir });
    expect(far.stderr).toContain("unknown option --zzzzzz (leakproof dir --help");
    expect(far.stderr).not.toContain("did you mean");
  });

  it("a missing value, a value given to a switch", () => {
    const dir = tempRepo();
    expect(leakproof(["dir", "--format"], { cwd: dir }).stderr).toContain("--format needs a value");
    expect(leakproof(["dir", "--quiet=yes"], { cwd: dir }).stderr).toContain("--quiet takes no value");
  });

  it("an unknown command: the nearest one", () => {
    const r = leakproof(["histroy"], { cwd: tempRepo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "histroy"; did you mean history?');
  });

  it("per-command help: leakproof CMD --help and leakproof help CMD, exit 0, only that command's options", () => {
    const dir = tempRepo();
    for (const args of [
      ["history", "--help"],
      ["help", "history"],
      ["history", "-h"],
    ]) {
      const r = leakproof(args, { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: leakproof history \[RANGE\.\.\.\]/);
      expect(r.stdout).toContain("--since DATE");
      expect(r.stdout).not.toContain("--dry-run");
    }
    const install = leakproof(["install", "--help"], { cwd: dir });
    expect(install.stdout).toContain("--pre-push");
    expect(install.stdout).not.toContain("--format");
    expect(leakproof(["--help"], { cwd: dir }).stdout).toContain("leakproof COMMAND --help");
  });

  it("distance and closest", () => {
    expect(distance("formt", "format")).toBe(1);
    expect(distance("fromat", "format")).toBe(1);
    expect(closest("basline", ["baseline", "config"])).toBe("baseline");
    expect(closest("xyz", ["baseline", "config"])).toBeUndefined();
  });
});
