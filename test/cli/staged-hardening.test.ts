// What the hook must not let through, tried with a real `git commit` and the installed hook:
// UTF-16 files (with a BOM, little or big endian) and multi-line secrets changed in place (also
// through history ranges, the other source that only sees changed lines).
import { describe, expect, it } from "vitest";
import { leakproof } from "../support/cli.js";
import { tempRepo, writeFiles } from "../support/tmp.js";
import { commitAll, commitCount, found, leak, secret, tryGit } from "../git/support.js";
import { randomString } from "../support/fake.js";

function withHook(repo: string): void {
  const r = leakproof(["install"], { cwd: repo });
  expect(r.code, r.stderr).toBe(0);
}

/** Text as PowerShell 5 writes it (UTF-16 with a byte-order mark), little or big endian. */
function utf16(text: string, endian: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (endian === "le") return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Commits through the hook; true when the hook let it in. */
function hookCommit(repo: string): { ok: boolean; output: string } {
  tryGit(repo, ["add", "-A"]);
  const before = commitCount(repo);
  const r = tryGit(repo, ["commit", "-m", "change"]);
  return { ok: commitCount(repo) > before, output: r.stdout + r.stderr };
}

describe("the hook and UTF-16 files", () => {
  it.each(["le", "be"] as const)("a new UTF-16 %s file with a secret is refused, at its line", (endian) => {
    const repo = tempRepo();
    writeFiles(repo, { "readme.md": "hi\n" });
    commitAll(repo);
    withHook(repo);
    writeFiles(repo, { "deploy.ps1": utf16("# deploy\r\n$env:X = 1\r\n" + leak() + "\r\n", endian) });
    tryGit(repo, ["add", "-A"]);
    const r = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual([["deploy.ps1", 3, "django-insecure-key"]]);
    const c = hookCommit(repo);
    expect(c.ok, c.output).toBe(false);
  });

  it("a changed UTF-16 file: only the lines it adds, numbered as in the staged file; a clean change goes through", () => {
    const repo = tempRepo();
    const old = secret();
    writeFiles(repo, { "conf.ps1": utf16("# one\r\n" + leak(old) + "\r\n# two\r\n", "le") });
    commitAll(repo);
    withHook(repo);
    writeFiles(repo, { "conf.ps1": utf16("# one\r\n" + leak(old) + "\r\n# two\r\n# three\r\n", "le") });
    expect(hookCommit(repo).ok).toBe(true);
    writeFiles(repo, {
      "conf.ps1": utf16("# one\r\n" + leak(old) + "\r\n# two\r\n" + leak() + "\r\n# three\r\n", "le"),
    });
    tryGit(repo, ["add", "-A"]);
    const r = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual([["conf.ps1", 4, "django-insecure-key"]]);
    expect(hookCommit(repo).ok).toBe(false);
  });

  it("a UTF-16 file renamed with an edit: the edit is found at the new path", () => {
    const repo = tempRepo();
    const body = Array.from({ length: 20 }, (_, i) => `# line ${i}\r\n`).join("");
    writeFiles(repo, { "a.ps1": utf16(body, "le") });
    commitAll(repo);
    tryGit(repo, ["mv", "a.ps1", "b.ps1"]);
    writeFiles(repo, { "b.ps1": utf16(body + leak() + "\r\n", "le") });
    tryGit(repo, ["add", "-A"]);
    const r = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual([["b.ps1", 21, "django-insecure-key"]]);
  });
});

// --- multi-line secrets changed in place -----------------------------------------------------

const BEGIN = "-----BEGIN " + "RSA PRIVATE KEY-----";
const END = "-----END " + "RSA PRIVATE KEY-----";
const pem = (body: string[]) => [BEGIN, ...body, END].join("\n") + "\n";
const realBody = () => [
  "MIIEpAIBAAKCAQEA" + randomString(48, "base64"),
  ...[1, 2, 3, 4].map(() => randomString(64, "base64")),
];
const placeholderBody = () => Array.from({ length: 5 }, () => "x".repeat(64));

/** Each case: the file, its committed text, the same file with the secret changed in place, and the rule and line expected. */
const MULTILINE: Array<{
  name: string;
  path: string;
  before: () => string;
  after: () => string;
  want: [number, string];
}> = [
  {
    name: "a placeholder PEM body replaced by a real key (BEGIN and END lines unchanged)",
    path: "deploy/key.pem",
    before: () => "# deploy key\n" + pem(placeholderBody()),
    after: () => "# deploy key\n" + pem(realBody()),
    want: [2, "private-key"],
  },
  {
    name: "one PEM key replaced by another",
    path: "config/jwt.key",
    before: () => pem(realBody()),
    after: () => pem(realBody()),
    want: [1, "private-key"],
  },
  {
    name: "a Django SECRET_KEY_FALLBACKS element made a literal key",
    path: "mysite/settings.py",
    before: () => 'import os\nSECRET_KEY_FALLBACKS = [\n    os.environ["OLD_KEY"],\n]\n',
    after: () => `import os\nSECRET_KEY_FALLBACKS = [\n    "${randomString(50, "django")}",\n]\n`,
    want: [3, "django-secret-key"],
  },
  {
    name: "a Kubernetes name:/value: pair whose value becomes a literal",
    path: "k8s/deploy.yaml",
    before: () => "env:\n  - name: PAYMENT_API_TOKEN\n    value: $(PAYMENT_API_TOKEN)\n",
    after: () => `env:\n  - name: PAYMENT_API_TOKEN\n    value: "${randomString(32, "alnum")}"\n`,
    want: [3, "generic-name-value"],
  },
  {
    // Words and digits: a token of code elsewhere, a human password alone on a value: line.
    name: "a Kubernetes value changed in place to a password made of words and digits",
    path: "k8s/db.yaml",
    before: () => "env:\n  - name: DB_PASSWORD\n    value: changeme\n",
    after: () => `env:\n  - name: DB_PASSWORD\n    value: ${["Winter", "2024", "Spring"].join("")}\n`,
    want: [3, "generic-name-value"],
  },
];

describe("multi-line secrets changed in place", () => {
  for (const c of MULTILINE) {
    it(`staged and the hook: ${c.name}`, () => {
      const repo = tempRepo();
      writeFiles(repo, { [c.path]: c.before() });
      commitAll(repo);
      withHook(repo);
      writeFiles(repo, { [c.path]: c.after() });
      tryGit(repo, ["add", "-A"]);
      const r = leakproof(["staged", "--format", "json"], { cwd: repo });
      expect(r.code, r.stderr).toBe(1);
      expect(found(r.stdout)).toEqual([[c.path, ...c.want]]);
      expect(hookCommit(repo).ok).toBe(false);
    });

    it(`history of a range: ${c.name}`, () => {
      const repo = tempRepo();
      writeFiles(repo, { [c.path]: c.before() });
      commitAll(repo);
      writeFiles(repo, { [c.path]: c.after() });
      commitAll(repo, "change");
      const r = leakproof(["history", "--format", "json", "HEAD~1..HEAD"], { cwd: repo });
      expect(r.code, r.stderr).toBe(1);
      expect(found(r.stdout)).toEqual([[c.path, ...c.want]]);
      const all = leakproof(["history", "--format", "json"], { cwd: repo });
      expect(all.code, all.stderr).toBe(1);
      expect(found(all.stdout)).toContainEqual([c.path, ...c.want]);
    });
  }

  it("unchanged secrets around a change are not reported again; a new one-line secret in the run is reported once", () => {
    const repo = tempRepo();
    // The key itself did not change: its lines are context only.
    const body = realBody();
    writeFiles(repo, { "deploy/key.pem": pem(body) + "# note\n" });
    commitAll(repo, "key");
    writeFiles(repo, { "deploy/key.pem": pem(body) + "# note, changed\n" + leak() + "\n" });
    tryGit(repo, ["add", "-A"]);
    const r = leakproof(["staged", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    expect(found(r.stdout)).toEqual([["deploy/key.pem", 9, "django-insecure-key"]]);
  });
});
