// `staged` runs without V8's optimising compiler until a commit is big enough to repay it
// (src/cli/tiering.ts). Both sides of the switch must scan alike: the real CLI on a real repository.
import { describe, expect, it } from "vitest";
import { OPTIMISE_AFTER } from "../../src/cli/tiering.js";
import { leakproof } from "../support/cli.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";
import { found, leak } from "../git/support.js";

describe("leakproof staged: the optimising compiler off, then back on", () => {
  it("finds every secret before and after the switch, as with the compiler on throughout", () => {
    const repo = tempRepo();
    const lines = ["import os", leak()];
    for (let i = 0, n = 0; n <= OPTIMISE_AFTER; i++) {
      const line = `value_${i} = compute(${i}, "item-${i}")  # step ${i}`;
      lines.push(line);
      n += line.length + 1;
    }
    lines.push(leak());
    writeFiles(repo, {
      "a_big.py": lines.join("\n") + "\n",
      "z_after.py": "import os\n\n" + leak() + "\n",
    });
    git(repo, "add", ".");
    const want: Array<[string, number, string]> = [
      ["a_big.py", 2, "django-insecure-key"],
      ["a_big.py", lines.length, "django-insecure-key"],
      ["z_after.py", 3, "django-insecure-key"],
    ];
    const short = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(short.code, short.stderr).toBe(1);
    expect(found(short.stdout)).toEqual(want);
    const optimised = leakproof(["staged", "--format", "json"], { cwd: repo, env: { LEAKPROOF_OPTIMIZE: "1" } });
    expect(optimised.code, optimised.stderr).toBe(1);
    expect(optimised.stdout).toBe(short.stdout);
  });
});
