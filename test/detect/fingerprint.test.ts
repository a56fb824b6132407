// Fingerprints in reports and baselines must not reveal a weak secret to a dictionary: they are
// scrypt with a documented salt (rule and path), stable on every machine; the old fast SHA-256
// form is never printed, and version-1 baselines that hold it still work, with a note.
import { createHash, scryptSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startPublicFingerprint, withPublicFingerprints } from "../../src/detect/fingerprint.js";
import type { Finding } from "../../src/types.js";
import { leakproof } from "../support/cli.js";
import { randomString } from "../support/fake.js";
import { tempDir, writeFiles } from "../support/tmp.js";

const password = () => randomString(16, "alnum");
/** The documented scheme, computed independently of src/. */
const documented = (ruleId: string, path: string, secret: string) =>
  scryptSync(secret, `leakproof fingerprint v2\0${ruleId}\0${path}`, 16, { N: 1024, r: 8, p: 1 }).toString("hex");
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const oldScheme = (ruleId: string, path: string, secret: string) =>
  sha(`${ruleId}\0${path}\0${sha(secret)}`).slice(0, 32);

function project(secret: string): string {
  const dir = tempDir();
  writeFiles(dir, { "db.env": `DB_PASSWORD=${secret}\n` });
  return dir;
}

interface Found {
  ruleId: string;
  file: string;
  fingerprint: string;
}

describe("fingerprints", () => {
  it("are the documented salted scrypt of the secret, in JSON and SARIF alike, and not a fast hash", () => {
    const secret = password();
    const dir = project(secret);
    const json = JSON.parse(leakproof(["dir", "--format", "json", "--no-redact"], { cwd: dir }).stdout) as {
      findings: Array<Found & { secret: string }>;
    };
    expect(json.findings).toHaveLength(1);
    const f = json.findings[0]!;
    expect(f.secret).toBe(secret);
    expect(f.fingerprint).toBe(documented(f.ruleId, f.file, secret));
    expect(f.fingerprint).not.toBe(oldScheme(f.ruleId, f.file, secret));
    const sarif = leakproof(["dir", "--format", "sarif"], { cwd: dir }).stdout;
    expect(sarif).toContain(`"leakproof/v2": "${f.fingerprint}"`);
    // The fast hash a dictionary would try appears nowhere.
    for (const out of [JSON.stringify(json), sarif]) {
      expect(out).not.toContain(oldScheme(f.ruleId, f.file, secret));
      expect(out).not.toContain(sha(secret));
    }
  });

  it("a written baseline holds them, and suppresses the finding on a fresh run", () => {
    const secret = password();
    const dir = project(secret);
    expect(leakproof(["baseline"], { cwd: dir }).code).toBe(0);
    expect(leakproof(["dir", "--baseline", ".leakproof-baseline.json"], { cwd: dir }).code).toBe(0);
  });

  it("a version-1 baseline (fast hashes) still suppresses, with a note to rewrite it", () => {
    const secret = password();
    const dir = project(secret);
    const f = (JSON.parse(leakproof(["dir", "--format", "json"], { cwd: dir }).stdout) as { findings: Found[] })
      .findings[0]!;
    const v1 = {
      version: 1,
      findings: [{ fingerprint: oldScheme(f.ruleId, f.file, secret), ruleId: f.ruleId, file: f.file }],
    };
    writeFileSync(join(dir, "old.json"), JSON.stringify(v1));
    const r = leakproof(["dir", "--baseline", "old.json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/version-1 fingerprints.*rewrite it with leakproof baseline/);
  });

  it("hashes started while a scan runs (once or twice) or only at the report give the documented fingerprints", async () => {
    const findings = Array.from({ length: 6 }, (_, i) => ({
      ruleId: "generic-password",
      file: `conf/app${i % 3}.env`,
      secret: password(),
    })) as Finding[];
    // Half started early (as history does), one of them twice; the rest only at the report.
    for (const f of findings.slice(0, 3)) startPublicFingerprint(f);
    startPublicFingerprint(findings[0]!);
    const out = await withPublicFingerprints(findings);
    expect(out.map((f) => f.fingerprint)).toEqual(findings.map((f) => documented(f.ruleId, f.file, f.secret)));
  });
});
