// `leakproof fix` against what a repository may hold: secrets around the fixed line (the diff's
// context must not show them), links and special files where it writes (.env, .gitignore,
// .env.example), and a .gitignore git cannot read (UTF-16). Real repositories, the real CLI.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, leakproof } from "../support/cli.js";
import { fake, randomString } from "../support/fake.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

const key = () => randomString(50, "loweralnum");
const token = () => fake("gh", "p_", randomString(36, "alnum"));

function staged(files: Record<string, string | Buffer>): string {
  const repo = tempRepo();
  writeFiles(repo, files);
  git(repo, "add", "--", ...Object.keys(files).filter((f) => !f.startsWith(".env") && f !== ".gitignore"));
  return repo;
}

function fix(repo: string, ...args: string[]) {
  return leakproof(["fix", ...args], { cwd: repo });
}

function expectRefused(r: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.stderr).not.toContain("internal error");
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(2);
}

describe("the diff fix shows masks every secret in it, context included", () => {
  it.each([["--dry-run"], ["--yes"]])(
    "%s: existing .env values, a private key beside the line, a committed password",
    (mode) => {
      const repo = tempRepo();
      const password = randomString(20, "alnum");
      const pem = [
        "-----BEGIN RSA PRIVATE KEY-----",
        ...Array.from({ length: 6 }, () => randomString(64, "base64")),
        "-----END RSA PRIVATE KEY-----",
      ];
      writeFiles(repo, { "app/settings.py": `import os\nDB_PASSWORD = "${password}"\nDEBUG = False\n` });
      git(repo, "add", "-A");
      git(repo, "commit", "-qm", "already committed", "--no-verify");
      const existing = token();
      const newKey = key();
      writeFiles(repo, {
        ".env": `EXISTING_TOKEN=${existing}\n`,
        "app/settings.py": `import os\nDB_PASSWORD = "${password}"\nDEBUG = False\nSECRET_KEY = "${newKey}"\nSIGNING_KEY = """${pem.join("\n")}"""\n`,
      });
      git(repo, "add", "app/settings.py");
      const r = fix(repo, "--staged", mode);
      const shown = r.stdout + r.stderr;
      expect(shown).toContain("+SECRET_KEY = os.environ");
      for (const s of [password, existing, newKey, ...pem.slice(1, -1)])
        expect(shown, "a secret shown whole").not.toContain(s);
    },
  );
});

describe("links and special files where fix writes", () => {
  const secretFile = () => ({ "settings.py": `import os\nSECRET_KEY = "${key()}"\n` });

  it.each([".env", ".gitignore", ".env.example"])(
    "%s as a link out of the repository: refused, the target untouched",
    (name) => {
      const outside = join(tempDir(), "target");
      writeFileSync(outside, "# outside\n", { mode: 0o644 });
      const repo = staged(secretFile());
      symlinkSync(outside, join(repo, name));
      const r = fix(repo, "--staged", "--yes");
      expectRefused(r, new RegExp(`${name.replace(".", "\\.")} is a symbolic link`));
      expect(readFileSync(outside, "utf8")).toBe("# outside\n");
      expect(readFileSync(join(repo, "settings.py"), "utf8")).toContain('SECRET_KEY = "');
    },
  );

  it("a .env that is a FIFO: refused at once, no hang", () => {
    const repo = staged(secretFile());
    const mk = spawnSync("mkfifo", [join(repo, ".env")]);
    if (mk.status !== 0) return; // no mkfifo here
    const r = spawnSync(process.execPath, [CLI, "fix", "--staged", "--yes"], {
      cwd: repo,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.signal, "fix hung on the FIFO").toBeNull();
    expectRefused({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, /\.env is a named pipe/);
  });

  it("a .env that is a directory: refused with a message", () => {
    const repo = staged(secretFile());
    mkdirSync(join(repo, ".env"));
    expectRefused(fix(repo, "--staged", "--yes"), /\.env is a directory, not a regular file/);
  });

  it("a .env in a directory that links outside the repository: refused", () => {
    const outside = tempDir();
    const compose = `services:\n  web:\n    environment:\n      SECRET_KEY: "django-insecure-${randomString(50, "loweralnum")}"\n`;
    writeFileSync(join(outside, "docker-compose.yml"), compose);
    const repo = tempRepo();
    symlinkSync(outside, join(repo, "deploy"));
    // fix PATH: the compose file through the link; its .env would go beside it, outside.
    const r = fix(repo, "deploy/docker-compose.yml", "--yes");
    expectRefused(r, /deploy\/\.env is in a directory that links outside the repository/);
    expect(existsSync(join(outside, ".env"))).toBe(false);
    expect(readFileSync(join(outside, "docker-compose.yml"), "utf8")).toBe(compose);
  });
});

describe("a .gitignore git cannot read", () => {
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);

  it.each([
    ["without .env", "node_modules/\n"],
    ["already listing .env", "node_modules/\n.env\n"],
  ])("UTF-16 %s: refused before anything is written, since git would not ignore .env", (_what, lines) => {
    const secret = key();
    const repo = staged({ "settings.py": `import os\nSECRET_KEY = "${secret}"\n`, ".gitignore": utf16(lines) });
    const before = readFileSync(join(repo, ".gitignore"));
    const r = fix(repo, "--staged", "--yes");
    expectRefused(r, /UTF-16|git does not ignore \.env/);
    expect(r.stderr).not.toContain("which git ignores");
    expect(existsSync(join(repo, ".env"))).toBe(false);
    expect(readFileSync(join(repo, ".gitignore")).equals(before)).toBe(true);
    expect(readFileSync(join(repo, "settings.py"), "utf8")).toContain(secret);
  });

  it("a UTF-8 one: .env appended, and git really ignores it", () => {
    const repo = staged({ "settings.py": `import os\nSECRET_KEY = "${key()}"\n`, ".gitignore": "node_modules/\n" });
    const r = fix(repo, "--staged", "--yes");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("which git ignores");
    expect(spawnSync("git", ["check-ignore", "-q", ".env"], { cwd: repo }).status).toBe(0);
    expect(statSync(join(repo, ".env")).mode & 0o077).toBe(0);
  });

  it("a .gitignore whose last word on .env is !.env: fix appends .env again, and git ignores it", () => {
    const repo = staged({ "settings.py": `import os\nSECRET_KEY = "${key()}"\n`, ".gitignore": ".env\n!.env\n" });
    const r = fix(repo, "--staged", "--yes");
    expect(r.code, r.stderr).toBe(0);
    expect(spawnSync("git", ["check-ignore", "-q", ".env"], { cwd: repo }).status).toBe(0);
  });
});
