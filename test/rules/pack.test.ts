// The build's rule pack (src/rules/packfile.ts) and the rules made from it (src/rules/lazy.ts):
// every shipped rule comes back exactly as compiling its TOML gives it, a rule's table is read
// only when the rule is first used, and the pack is pure ASCII whatever the rules hold.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
  const bytes = encodePack(files.map((f) => ({ name: f.name, sha256: "-", doc: f.doc })));
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
      { name: "a.toml", sha256: "-", doc: { rules: [{ id: "x", description: "naïve — “quoted” ✓ 𝄞" }] } },
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
