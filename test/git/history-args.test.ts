// The history source's git command lines and range endpoints, no git needed.
import { describe, expect, it } from "vitest";
import { endpoints, logArgs, mergeMode, revListArgs } from "../../src/git/history.js";

describe("git command lines", () => {
  it("log: patches of added lines, robust against user configuration", () => {
    const args = logArgs({ revs: [], merges: "remerge", maxFileSize: 1048576 });
    expect(args.slice(0, 3)).toEqual(["-c", "core.bigFileThreshold=1048576", "log"]);
    for (const a of [
      "--patch",
      "-U0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--find-renames",
      "--full-index",
      "--remerge-diff",
      "--all",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--submodule=short",
      "--root",
    ]) {
      expect(args).toContain(a);
    }
    expect(args[args.length - 1]).toBe("--");
    expect(logArgs({ revs: [], merges: "cc", maxFileSize: 1 })).toContain("--cc");
  });

  it("ranges come after --end-of-options (never read as options), --since before them", () => {
    const args = logArgs({ revs: ["origin/main..HEAD"], since: "2024-01-01", merges: "remerge", maxFileSize: 1 });
    expect(args.slice(-4)).toEqual(["--since=2024-01-01", "--end-of-options", "origin/main..HEAD", "--"]);
    expect(args).not.toContain("--all");
    expect(revListArgs({ revs: ["a..b"], since: "1 week ago" })).toEqual([
      "rev-list",
      "--since=1 week ago",
      "--end-of-options",
      "a..b",
      "--",
    ]);
    expect(revListArgs({ revs: [] })).toEqual(["rev-list", "--all", "--"]);
  });

  it("a share of the commit list comes on stdin, shown as given", () => {
    const args = logArgs({ revs: ["x"], since: "y", merges: "remerge", maxFileSize: 1, stdin: true });
    expect(args.slice(-3)).toEqual(["--no-walk=unsorted", "--stdin", "--"]);
  });

  it("--remerge-diff from git 2.36, --cc before", () => {
    expect(mergeMode("git version 2.39.5")).toBe("remerge");
    expect(mergeMode("git version 2.36.0.windows.1")).toBe("remerge");
    expect(mergeMode("git version 2.35.8")).toBe("cc");
    expect(mergeMode("git version 2.30.0 (Apple Git-130)")).toBe("cc");
    expect(mergeMode("git version 3.0.0")).toBe("remerge");
  });

  it("range endpoints: what is scanned, what is the base", () => {
    expect(endpoints(["origin/main..HEAD"])).toEqual({ include: ["HEAD"], exclude: ["origin/main"] });
    expect(endpoints(["origin/main.."])).toEqual({ include: ["HEAD"], exclude: ["origin/main"] });
    expect(endpoints(["a...b"])).toEqual({ include: ["b", "a"], exclude: ["a"] });
    expect(endpoints(["^base", "topic", "v1^!", "m^@", "n^-2"])).toEqual({
      include: ["topic", "v1", "m", "n"],
      exclude: ["base"],
    });
    expect(endpoints(["HEAD~3..HEAD"])).toEqual({ include: ["HEAD"], exclude: ["HEAD~3"] });
  });
});
