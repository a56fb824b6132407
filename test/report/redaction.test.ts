// Redaction of every output format with several secrets per line: no finding's strings (its fix
// line, its line, its notes) may show another finding's secret whole, in text, JSON, SARIF,
// GitHub annotations or the step summary, from dir, staged and history alike.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Masker, maskFindings } from "../../src/report/mask.js";
import type { Finding } from "../../src/types.js";
import { leakproof } from "../support/cli.js";
import { fake, randomString } from "../support/fake.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

function secrets() {
  const awsId = fake("AK", "IA", randomString(16, "upperalnum"));
  const awsSecret = randomString(40, "base64").replace(/[+/]/g, "x");
  const ghp = fake("gh", "p_", randomString(36, "alnum"));
  const stripe = fake("sk", "_live_", randomString(24, "alnum"));
  return { awsId, awsSecret, ghp, stripe };
}

function files(s: ReturnType<typeof secrets>): Record<string, string> {
  return {
    "config.py": `AWS = dict(aws_access_key_id="${s.awsId}", aws_secret_access_key="${s.awsSecret}")\n`,
    "deploy.sh": `export GITHUB_TOKEN=${s.ghp} STRIPE_SECRET_KEY=${s.stripe}\n`,
  };
}

const FORMATS = ["text", "json", "sarif", "github"] as const;

function expectNoWholeSecret(out: string, all: string[]): void {
  for (const secret of all) expect(out, `a whole secret (${secret.slice(0, 4)}…) in the report`).not.toContain(secret);
}

describe("several secrets on one line", () => {
  it.each(FORMATS)("dir --format %s shows none of them whole, and the step summary neither", (format) => {
    const s = secrets();
    const dir = tempDir();
    writeFiles(dir, files(s));
    const summary = join(tempDir(), "summary.md");
    const r = leakproof(["dir", "--format", format], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expectNoWholeSecret(r.stdout + r.stderr, Object.values(s));
    if (format === "github") {
      const md = readFileSync(summary, "utf8");
      expect(md).toContain("aws-secret-access-key");
      expectNoWholeSecret(md, Object.values(s));
    }
    // Every secret was found: the masking is not hiding a missed one.
    if (format === "json") expect(JSON.parse(r.stdout).findings).toHaveLength(4);
  });

  it.each(FORMATS)("staged and history --format %s show none of them whole", (format) => {
    const s = secrets();
    const repo = tempRepo();
    writeFiles(repo, files(s));
    git(repo, "add", "-A");
    const staged = leakproof(["staged", "--format", format], { cwd: repo });
    expect(staged.code).toBe(1);
    expectNoWholeSecret(staged.stdout + staged.stderr, Object.values(s));
    git(repo, "commit", "-qm", "c", "--no-verify");
    const history = leakproof(["history", "--format", format], { cwd: repo });
    expect(history.code).toBe(1);
    expectNoWholeSecret(history.stdout + history.stderr, Object.values(s));
  });

  it("--no-redact still shows them (the test above is not blind)", () => {
    const s = secrets();
    const dir = tempDir();
    writeFiles(dir, files(s));
    const r = leakproof(["dir", "--format", "json", "--no-redact"], { cwd: dir });
    for (const secret of Object.values(s)) expect(r.stdout).toContain(secret);
  });
});

describe("Masker", () => {
  it("masks every secret of the set in any string, the longest first where two start together", () => {
    const a = randomString(20, "alnum");
    const b = a + randomString(10, "alnum");
    const m = new Masker([a, b, "xyz"]);
    expect(m.mask(`<${b}> <${a}> xyz`)).toBe(`<${b.slice(0, 4)}…> <${a.slice(0, 4)}…> …`);
    expect(m.mask("nothing here")).toBe("nothing here");
  });

  it("masks each finding's strings against the others' secrets", () => {
    const a = randomString(30, "alnum");
    const b = randomString(30, "alnum");
    const f = (secret: string, other: string): Finding => ({
      ruleId: "r",
      file: "f",
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      secret,
      lineText: `${a} ${b}`,
      fingerprint: "x",
      severity: "high",
      message: "m",
      notes: [`see ${other}`],
      remediation: `X=env ${other}`,
      fixSteps: [`step ${other}`],
    });
    const out = JSON.stringify(maskFindings([f(a, b), f(b, a)]).findings);
    expect(out).not.toContain(a);
    expect(out).not.toContain(b);
  });
});
