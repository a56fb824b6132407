// The build's rule pack (src/rules/packfile.ts) and the rules made from it (src/rules/lazy.ts):
// every shipped rule comes back exactly as compiling its TOML gives it, a rule's table is read
// only when the rule is first used, and the pack is pure ASCII whatever the rules hold.
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/package.js";
import { randomString } from "../support/fake.js";
import { tempDir, writeFiles } from "../support/tmp.js";
import { compileAll, lazyRule } from "../../src/rules/lazy.js";
import { parseToml, PATTERNS_DIR } from "../../src/rules/load.js";
import { decodePack, encodePack } from "../../src/rules/packfile.js";
import { compileRule } from "../../src/rules/schema.js";
import type { Rule } from "../../src/types.js";

const files = readdirSync(PATTERNS_DIR)
  .filter((f) => f.endsWith(".toml"))
  .sort()
  .map((name) => {
    const text = readFileSync(join(PATTERNS_DIR, name), "utf8");
    return { name, text, doc: parseToml(text, name) };
  });

function packedRules(): { rules: Rule[]; eager: Rule[] } {
  const bytes = encodePack(files.map((f) => ({ name: f.name, size: f.text.length, doc: f.doc })));
  const pack = decodePack(bytes)!;
  const rules = pack.index.files.flatMap((f) => f.rules.map((r) => lazyRule(r.cheap, f.name, () => pack.table(r.at))));
  const eager = files.flatMap((f) => ((f.doc.rules ?? []) as unknown[]).map((r) => compileRule(r, f.name, f.text)));
  return { rules, eager };
}

describe("the rule pack", () => {
  it("gives back every shipped rule as compiling its TOML does", () => {
    const { rules, eager } = packedRules();
    expect(rules.length).toBe(eager.length);
    expect(rules.length).toBeGreaterThan(100);
    // Field by field through the lazy accessors, then whole (toEqual reads own enumerable fields).
    for (let i = 0; i < rules.length; i++) {
      const [a, b] = [rules[i]!, eager[i]!];
      expect(a.regexes.map(String)).toEqual(b.regexes.map(String));
      expect(a.entropy).toEqual(b.entropy);
      expect(a.secretGroup).toBe(b.secretGroup);
      expect(a).toEqual(b);
      expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    }
  });

  it("copies whole through a structured clone once compiled (dir's worker)", () => {
    const { rules, eager } = packedRules();
    const cloned = structuredClone(compileAll({ rules, placeholders: undefined as never }).rules);
    expect(cloned).toEqual(eager);
  });

  it("reads a rule's table only when the rule is first used, and once", () => {
    const raw = files.flatMap((f) => (f.doc.rules ?? []) as Record<string, unknown>[]).find((r) => r.entropy)!;
    let reads = 0;
    const rule = lazyRule({ id: raw.id, keywords: raw.keywords }, "x.toml", () => {
      reads++;
      return raw;
    });
    expect([rule.id, rule.keywords.length > 0, rule.priority, rule.multiline, rule.files]).toEqual([
      raw.id,
      true,
      0,
      false,
      [],
    ]);
    expect(reads).toBe(0);
    expect(rule.regexes.length).toBeGreaterThan(0);
    expect(rule.entropy).toBeDefined();
    expect(rule.context).toBeUndefined();
    expect(reads).toBe(1);
    expect(rule.regexes).toBe(rule.regexes);
  });

  it("is ASCII, so a start reads it as bytes", () => {
    const bytes = encodePack([
      { name: "a.toml", size: 1, doc: { rules: [{ id: "x", description: "naïve — “quoted” ✓ 𝄞" }] } },
    ]);
    expect(bytes.every((b) => b < 128)).toBe(true);
    const pack = decodePack(bytes)!;
    expect(pack.table(pack.index.files[0]!.rules[0]!.at).description).toBe("naïve — “quoted” ✓ 𝄞");
  });

  it("refuses what is not a pack of this version", () => {
    expect(decodePack(Buffer.from(JSON.stringify([{ name: "a.toml" }])))).toBeUndefined();
    expect(decodePack(Buffer.from('{"version":1,"files":[]}\n'))).toBeUndefined();
    expect(decodePack(Buffer.from("not json\n"))).toBeUndefined();
  });
});

describe("a start with the pack", () => {
  /** A copy of the package (dist/, patterns/, package.json) whose rule files `edit` changes. */
  function copyWith(edit: (patterns: string) => void): string {
    const pkg = tempDir("leakproof-pkg-");
    for (const d of ["dist", "patterns", "package.json"]) cpSync(join(ROOT, d), join(pkg, d), { recursive: true });
    edit(join(pkg, "patterns"));
    return pkg;
  }
  const token = () => ["zq", "xv"].join("") + "_" + randomString(24, "loweralnum");
  const rule = `\n[[rules]]\nid = "test-zqxv-token"\ndescription = "a rule added after the build"\nregex = '\\b(zqxv_[a-z0-9]{24})\\b'\nkeywords = ["zqxv_"]\n`;
  function scan(pkg: string, text: string): string[] {
    const dir = tempDir("leakproof-tree-");
    writeFiles(dir, { "notes.txt": text });
    const r = spawnSync(process.execPath, [join(pkg, "dist/cli/main.js"), "dir", dir, "--format", "json"], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).not.toBe(2);
    return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
  }

  it("reads the TOML of a rule file that changed length since the build (a rule added)", () => {
    const pkg = copyWith((p) => appendFileSync(join(p, "vcs.toml"), rule));
    expect(scan(pkg, `value ${token()}\n`)).toEqual(["test-zqxv-token"]);
  });

  it("reads the TOML when a rule file was added or removed since the build", () => {
    const added = copyWith((p) => writeFileSync(join(p, "zz-extra.toml"), rule));
    expect(scan(added, `value ${token()}\n`)).toEqual(["test-zqxv-token"]);
    const removed = copyWith((p) => writeFileSync(join(p, "vcs.toml"), ""));
    const gh = ["gh", "p_"].join("") + randomString(36, "alnum");
    expect(
      scan(
        copyWith(() => undefined),
        `token ${gh}\n`,
      ),
    ).toContain("github-pat");
    expect(scan(removed, `token ${gh}\n`)).not.toContain("github-pat");
  });
});
