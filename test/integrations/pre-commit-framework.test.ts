// The pre-commit framework reads .pre-commit-hooks.yaml at this repository's root and runs the
// hook's entry in the user's repository. Checked as pre-commit would use it: the manifest's
// fields, then the entry run from a repository with a staged secret.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { leakproof } from "../support/cli.js";
import { insecureDjangoKey } from "../support/fake.js";
import { git, tempRepo, writeFiles } from "../support/tmp.js";

const manifest = parse(
  readFileSync(fileURLToPath(new URL("../../.pre-commit-hooks.yaml", import.meta.url)), "utf8"),
) as Array<Record<string, unknown>>;
const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../../package.json", import.meta.url)), "utf8"));

describe(".pre-commit-hooks.yaml", () => {
  const hook = manifest.find((h) => h.id === "leakproof")!;

  it("declares a node hook whose entry is a bin this package provides", () => {
    expect(hook).toBeDefined();
    expect(hook.language).toBe("node");
    expect(typeof hook.name).toBe("string");
    const [bin, command] = String(hook.entry).split(" ");
    expect(Object.keys(pkg.bin)).toContain(bin);
    expect(command).toBe("staged");
    expect(hook.pass_filenames).toBe(false);
    expect(hook.stages).toContain("pre-commit");
  });

  it("its entry blocks a staged secret and passes a clean index", () => {
    const dir = tempRepo();
    writeFiles(dir, { "mysite/settings.py": `SECRET_KEY = '${insecureDjangoKey()}'\n` });
    git(dir, "add", ".");
    const args = String(hook.entry).split(" ").slice(1);
    const blocked = leakproof(args, { cwd: dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain("mysite/settings.py:1:14");
    git(dir, "rm", "-q", "--cached", "mysite/settings.py");
    expect(leakproof(args, { cwd: dir }).code).toBe(0);
  });
});
