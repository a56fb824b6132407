import { describe, expect, it } from "vitest";
import { OPTIMISE_AFTER, isShort, scanned, startShort } from "../../src/cli/tiering.js";

describe("tiering", () => {
  it("turns the optimising compiler off for a short run and back on past OPTIMISE_AFTER characters", () => {
    const before = process.env.LEAKPROOF_OPTIMIZE;
    delete process.env.LEAKPROOF_OPTIMIZE;
    try {
      startShort();
      expect(isShort()).toBe(true);
      scanned(OPTIMISE_AFTER);
      expect(isShort()).toBe(true);
      scanned(1);
      expect(isShort()).toBe(false);
    } finally {
      if (before !== undefined) process.env.LEAKPROOF_OPTIMIZE = before;
    }
  });
});
