import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

describe("leakproof rotate django", () => {
  it("prints a fresh 50-character key in Django's alphabet, without the insecure prefix, and the steps", () => {
    const dir = tempDir();
    const a = leakproof(["rotate", "django"], { cwd: dir });
    const b = leakproof(["rotate", "django"], { cwd: dir });
    expect(a.code).toBe(0);
    const key = a.stdout.split("\n")[0]!;
    expect(key).toMatch(/^[a-z0-9!@#$%^&*(\-_=+)]{50}$/);
    expect(key.startsWith("django-insecure-")).toBe(false);
    expect(key).not.toBe(b.stdout.split("\n")[0]);
    expect(a.stdout).toContain("SECRET_KEY_FALLBACKS");
  });

  it("refuses anything else with exit 2", () => {
    expect(leakproof(["rotate", "rails"], { cwd: tempDir() }).code).toBe(2);
  });
});
