// A partial install must never scan clean: no rules (an empty or missing patterns/), or a config
// that disables every rule, is an error (exit 2) that says so.
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { loadRuleDir } from "../../src/rules/load.js";
import { leakproof } from "../support/cli.js";
import { fake, randomString } from "../support/fake.js";
import { tempDir, writeFiles } from "../support/tmp.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A copy of the built package whose patterns/ is empty (or missing). */
function install(patterns: "empty" | "missing"): string {
  const pkg = tempDir("leakproof-pkg-");
  cpSync(join(ROOT, "dist"), join(pkg, "dist"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(pkg, "package.json"));
  symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"));
  if (patterns === "empty") mkdirSync(join(pkg, "patterns"));
  else rmSync(join(pkg, "patterns"), { recursive: true, force: true });
  return pkg;
}

function tokenDir(): string {
  const dir = tempDir();
  writeFiles(dir, { "ci.sh": `export GITHUB_TOKEN=${fake("gh", "p_", randomString(36, "alnum"))}\n` });
  return dir;
}

describe("no rules", () => {
  it.each(["empty", "missing"] as const)("patterns/ %s: an error, not a clean scan", (how) => {
    const pkg = install(how);
    const r = spawnSync(process.execPath, [join(pkg, "dist/cli/main.js"), "dir"], {
      cwd: tokenDir(),
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/patterns.*(no rules found|cannot read the rules directory).*reinstall leakproof/);
    expect(r.stderr).not.toContain("internal error");
  });

  it("a config that disables every rule is an error", () => {
    const dir = tokenDir();
    const all = JSON.stringify(loadRuleDir().rules.map((r) => r.id));
    writeFileSync(join(dir, ".leakproof.toml"), `disabledRules = ${all}\n`);
    const r = leakproof(["dir"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/disables every rule/);
  });
});
