import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { tempDir, writeFiles } from "../support/tmp.js";

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

  it("in a project pinned below Django 4.1, gives no SECRET_KEY_FALLBACKS advice (that Django has none)", () => {
    const old = tempDir();
    writeFiles(old, { "requirements.txt": "Django==3.2.25\n" });
    const r = leakproof(["rotate", "django"], { cwd: old });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("SECRET_KEY_FALLBACKS =");
    expect(r.stdout).toContain("(pinned in requirements.txt) has no SECRET_KEY_FALLBACKS");
    const recent = tempDir();
    writeFiles(recent, { "requirements.txt": "Django>=4.2,<5\n" });
    expect(leakproof(["rotate", "django"], { cwd: recent }).stdout).toContain("SECRET_KEY_FALLBACKS =");
  });

  it("refuses anything else with exit 2", () => {
    expect(leakproof(["rotate", "rails"], { cwd: tempDir() }).code).toBe(2);
  });
});
