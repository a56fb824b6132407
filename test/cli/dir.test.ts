// leakproof dir, end to end: real files in temp directories, the real built CLI.
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { insecureDjangoKey } from "../support/fake.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

const insecureKey = insecureDjangoKey;
const settings = (key: string) => `import os\n\nDEBUG = True\nSECRET_KEY = '${key}'\nALLOWED_HOSTS = []\n`;

describe("leakproof dir", () => {
  it("reports a startproject key (at its opening quote, as the contract example does) with where, rule, redacted secret and the fix, and exits 1", () => {
    const dir = tempDir();
    const key = insecureKey();
    writeFiles(dir, { "mysite/settings.py": settings(key) });
    const r = leakproof(["dir"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("mysite/settings.py:4:14");
    expect(r.stdout).toContain("django-insecure-key");
    expect(r.stdout).toContain("djan…");
    expect(r.stdout).toContain(`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`);
    expect(r.stdout).toMatch(/forge sessions/);
    expect(r.stdout).not.toContain(key.slice(0, 20));
  });

  it("exits 0 on a clean tree", () => {
    const dir = tempDir();
    writeFiles(dir, { "mysite/settings.py": `import os\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n` });
    const r = leakproof(["dir"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("writes the contract's JSON report, redacted by default and whole with --no-redact", () => {
    const dir = tempDir();
    const key = insecureKey();
    writeFiles(dir, { "mysite/settings.py": settings(key) });
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0];
    expect(f).toMatchObject({
      ruleId: "django-insecure-key",
      file: "mysite/settings.py",
      line: 4,
      column: 14,
      secret: "djan…",
      severity: "high",
      remediation: `SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`,
    });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(f.commit).toBeUndefined();
    expect(r.stdout).not.toContain(key);

    const whole = JSON.parse(leakproof(["dir", "--format", "json", "--no-redact"], { cwd: dir }).stdout);
    expect(whole.findings[0].secret).toBe(key);
    expect(whole.findings[0].fingerprint).toBe(f.fingerprint);
  });

  it("writes SARIF and GitHub annotations from the CLI", () => {
    const dir = tempDir();
    const key = insecureKey();
    writeFiles(dir, { "mysite/settings.py": settings(key) });
    const sarif = leakproof(["dir", "--format", "sarif"], { cwd: dir });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: "django-insecure-key",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "mysite/settings.py" },
            region: { startLine: 4, startColumn: 14 },
          },
        },
      ],
    });
    const gh = leakproof(["dir", "--format", "github"], { cwd: dir });
    expect(gh.stdout).toMatch(/^::error file=mysite\/settings\.py,line=4,col=14,/);
    for (const out of [sarif.stdout, gh.stdout]) expect(out).not.toContain(key.slice(4, 24));
  });

  it("writes the report to --output and nothing to stdout", () => {
    const dir = tempDir();
    writeFiles(dir, { "a/settings.py": settings(insecureKey()) });
    const r = leakproof(["dir", "a", "--format", "json", "--output", "report.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).findings).toHaveLength(1);
  });

  it("honours .gitignore (nested too) and .leakproofignore; --no-ignore scans everything", () => {
    const dir = tempRepo();
    writeFiles(dir, {
      ".gitignore": "build/\n",
      "build/settings.py": settings(insecureKey()),
      "sub/.gitignore": "local_settings.py\n",
      "sub/local_settings.py": settings(insecureKey()),
      ".leakproofignore": "fixtures/\n",
      "fixtures/settings.py": settings(insecureKey()),
      "app/settings.py": settings(insecureKey()),
    });
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["app/settings.py"]);
    const all = leakproof(["dir", "--format", "json", "--no-ignore"], { cwd: dir });
    expect(
      JSON.parse(all.stdout)
        .findings.map((f: { file: string }) => f.file)
        .sort(),
    ).toEqual(["app/settings.py", "build/settings.py", "fixtures/settings.py", "sub/local_settings.py"]);
  });

  it("scans files git tracks even where .gitignore lists them (git's ignore rules never apply to tracked files)", () => {
    const dir = tempRepo();
    writeFiles(dir, {
      "app/settings_test.py": settings(insecureKey()),
      "config/local/settings.py": settings(insecureKey()),
      "app/settings.py": `SECRET_KEY = "x"\n`,
    });
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "init");
    // Ignored afterwards: the files stay tracked (and pushed); untracked ones next to them stay ignored.
    writeFiles(dir, {
      ".gitignore": "settings_test.py\nconfig/\n",
      "config/local/untracked_settings.py": settings(insecureKey()),
      "other/settings_test.py": settings(insecureKey()),
    });
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout)
      .findings.map((f: { file: string }) => f.file)
      .sort();
    expect(files).toEqual(["app/settings_test.py", "config/local/settings.py"]);
    // .leakproofignore is the user's own choice and still applies.
    writeFiles(dir, { ".leakproofignore": "app/\n" });
    const again = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(JSON.parse(again.stdout).findings.map((f: { file: string }) => f.file)).toEqual([
      "config/local/settings.py",
    ]);
    // From a subdirectory, paths are relative to it.
    const sub = leakproof(["dir", "--format", "json"], { cwd: join(dir, "config") });
    expect(JSON.parse(sub.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["local/settings.py"]);
  });

  it("scans only the files it is given (as lint-staged passes them), with paths as given", () => {
    const dir = tempDir();
    writeFiles(dir, { "a/settings.py": settings(insecureKey()), "b/settings.py": settings(insecureKey()) });
    const r = leakproof(["dir", "--format", "json", "b/settings.py"], { cwd: join(dir) });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["b/settings.py"]);
  });

  it("skips binary and oversized files with a note, never silently", () => {
    const dir = tempDir();
    const key = insecureKey();
    writeFiles(dir, {
      "logo.png": Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(key)]),
      "dump.sql": `-- ${key}\n` + "x".repeat(3 * 1024 * 1024),
    });
    const r = leakproof(["dir", "--max-file-size", "1"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("skipped 1 binary file");
    expect(r.stderr).toMatch(/skipped dump\.sql \(3\.0 MiB, over the 1 MiB limit/);
    expect(leakproof(["dir", "--max-file-size", "1", "--quiet"], { cwd: dir }).stderr).toBe("");
    expect(leakproof(["dir"], { cwd: dir }).code).toBe(1);
  });

  it("does not follow symlinks out of the tree", () => {
    const outside = tempDir();
    writeFiles(outside, { "settings.py": settings(insecureKey()) });
    const dir = tempDir();
    writeFiles(dir, { "ok.txt": "nothing here\n" });
    symlinkSync(outside, join(dir, "linked-dir"));
    symlinkSync(join(outside, "settings.py"), join(dir, "linked.py"));
    const r = leakproof(["dir", "--verbose"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("linked-dir (symlink, not followed)");
  });

  it("reads any encoding: UTF-16 with a BOM, Latin-1, CRLF", () => {
    const dir = tempDir();
    const k1 = insecureKey();
    const k2 = insecureKey();
    const k3 = insecureKey();
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`# réglages\r\nSECRET_KEY = '${k1}'\r\n`, "utf16le"),
    ]);
    writeFiles(dir, {
      "utf16.py": utf16,
      "latin1.py": Buffer.concat([Buffer.from("# caf\xe9\n", "latin1"), Buffer.from(`SECRET_KEY = '${k2}'\n`)]),
      "crlf.py": `import os\r\nSECRET_KEY = '${k3}'\r\n`,
    });
    const r = leakproof(["dir", "--format", "json", "--no-redact"], { cwd: dir });
    const found = JSON.parse(r.stdout).findings as Array<{ file: string; line: number; secret: string }>;
    expect(found.map((f) => [f.file, f.line, f.secret])).toEqual([
      ["crlf.py", 2, k3],
      ["latin1.py", 2, k2],
      ["utf16.py", 2, k1],
    ]);
  });

  it("finds a secret inside a long minified line and survives adversarial lines", () => {
    const dir = tempDir();
    const key = insecureKey();
    const minified = "var a=1;".repeat(20000) + `var k="${key}";` + "function f(){return 2}".repeat(5000);
    const adversarial =
      "password=" + "a".repeat(200000) + "\n" + "SECRET_KEY=".repeat(30000) + "\n" + "token:'".repeat(30000);
    writeFiles(dir, { "app.min.js": minified + "\n", "evil.txt": adversarial });
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    const found = JSON.parse(r.stdout).findings as Array<{ file: string; column: number }>;
    expect(found.filter((f) => f.file === "app.min.js").map((f) => f.column)).toEqual([160000 + 7]); // var k=" is 7 characters; the literal starts at its quote;
  });

  it("handles odd file names: spaces, unicode, quotes, newlines", () => {
    const dir = tempDir();
    const names = ["with space.py", "ünïcödé.py", `quote"d.py`, "new\nline.py"];
    for (const n of names) writeFileSync(join(dir, n), settings(insecureKey()));
    const r = leakproof(["dir", "--format", "json"], { cwd: dir });
    expect(
      JSON.parse(r.stdout)
        .findings.map((f: { file: string }) => f.file)
        .sort(),
    ).toEqual([...names].sort());
  });

  it("does not report a line marked leakproof:allow", () => {
    const dir = tempDir();
    writeFiles(dir, { "settings.py": `SECRET_KEY = '${insecureKey()}'  # leakproof:allow test fixture\n` });
    expect(leakproof(["dir"], { cwd: dir }).code).toBe(0);
  });

  it("drops findings listed in a baseline, by fingerprint", () => {
    const dir = tempDir();
    writeFiles(dir, { "settings.py": settings(insecureKey()), "other.py": settings(insecureKey()) });
    const first = JSON.parse(leakproof(["dir", "--format", "json"], { cwd: dir }).stdout).findings;
    const accepted = first.filter((f: { file: string }) => f.file === "settings.py");
    writeFileSync(join(dir, "baseline.json"), JSON.stringify({ version: 2, findings: accepted }));
    const r = leakproof(["dir", "--format", "json", "--baseline", "baseline.json"], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(["other.py"]);
  });

  it("exits 2 with a clear message on bad usage and missing paths", () => {
    const dir = tempDir();
    const missing = leakproof(["dir", "nope"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file or directory: nope");
    const badFormat = leakproof(["dir", "--format", "xml"], { cwd: dir });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be one of");
    const badFlag = leakproof(["dir", "--frobnicate"], { cwd: dir });
    expect(badFlag.code).toBe(2);
    expect(leakproof(["frobnicate"], { cwd: dir }).code).toBe(2);
  });
});
