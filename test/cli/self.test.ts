// The repository passes its own scanner: fake secrets in tests and rule examples are built at
// runtime, so nothing here needs allowlisting.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";

describe("leakproof on its own tree", () => {
  it("finds nothing (leakproof dir . exits 0)", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const r = leakproof(["dir", "."], { cwd: root });
    expect(r.stdout).toContain("no secrets found");
    expect(r.code).toBe(0);
  });
});
