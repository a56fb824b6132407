// dist/ is committed (installs from git and the GitHub Action run it without building), so it
// must be the build of the committed source. The test setup has just rebuilt it from src/.
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/package.js";
import { git } from "../support/tmp.js";

describe("dist/", () => {
  it("is the build of this source (else: npm run dist, then commit dist/)", () => {
    const changed = git(ROOT, "status", "--porcelain", "--untracked-files=all", "--", "dist").trim();
    expect(
      changed,
      "dist/ differs from what is committed: the test setup rebuilt it from src/; commit it (git add dist)",
    ).toBe("");
  });
});
