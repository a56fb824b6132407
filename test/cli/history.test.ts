// `leakproof history` end to end: the built CLI on real temporary repositories, one test per
// case the issue names (branches, tags, orphans, renames, merges, binary, submodules, odd names,
// CRLF, non-UTF-8, empty commits, shallow clones, ranges, a missing base, grouping).
import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLI, leakproof } from "../support/cli.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";
import { leak, secret, tryGit } from "../git/support.js";

const INSECURE = "django-insecure-key";

interface Hit {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  secret: string;
  commit: string;
  author: string;
  date: string;
  notes?: string[];
}

let clock = 1_700_000_000;

/** Commits everything (no hooks) with a date one hour after the last one; returns the full SHA. */
function commit(repo: string, message = "change", opts: { allowEmpty?: boolean; author?: string } = {}): string {
  clock += 3600;
  const env = { GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` };
  const add = tryGit(repo, ["add", "-A"]);
  if (add.code !== 0) throw new Error(add.stderr);
  const r = tryGit(
    repo,
    [
      "commit",
      "-q",
      "--no-verify",
      ...(opts.allowEmpty ? ["--allow-empty"] : []),
      ...(opts.author ? [`--author=${opts.author}`] : []),
      "-m",
      message,
    ],
    { env },
  );
  if (r.code !== 0) throw new Error(r.stderr || r.stdout);
  return head(repo);
}

function head(repo: string, rev = "HEAD"): string {
  return git(repo, "rev-parse", rev).trim();
}

function history(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  return leakproof(["history", "--format", "json", "--no-redact", ...args], { cwd, env });
}

function hits(stdout: string): Hit[] {
  return (JSON.parse(stdout) as { findings: Hit[] }).findings;
}

/** Findings as [file, line, commit], in report order. */
function where(repo: string, args: string[] = [], env: Record<string, string> = {}): Array<[string, number, string]> {
  const r = history(repo, args, env);
  expect(r.code, r.stderr).toBeLessThan(2);
  return hits(r.stdout).map((h) => [h.file, h.line, h.commit]);
}

const sorted = <T>(a: T[]) => [...a].sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));

describe("leakproof history", () => {
  it("every commit reachable from any ref: branches, tags, orphan branches; commit, author, date, file and line of that version", () => {
    const repo = tempRepo();
    const [k1, k2, k3, k4, k5, k6] = Array.from({ length: 6 }, secret);
    writeFiles(repo, { "settings.py": "import os\n" + leak(k1) + "\n" });
    const c1 = commit(repo, "first", { author: "Ada Lovelace <ada@example.invalid>" });
    // Lines above move the old secret down (not new), and a second one is added at line 6.
    writeFiles(repo, { "settings.py": "# a\n# b\nimport os\n" + leak(k1) + "\nDEBUG = True\n" + leak(k2) + "\n" });
    const c2 = commit(repo, "second");
    git(repo, "checkout", "-q", "-b", "feature");
    writeFiles(repo, { "app/conf.py": leak(k3) + "\n" });
    const c3 = commit(repo, "unmerged branch");
    git(repo, "checkout", "-q", "--detach", "main");
    writeFiles(repo, { "tagged.py": leak(k4) + "\n" });
    const c4 = commit(repo, "only a lightweight tag");
    git(repo, "tag", "light");
    writeFiles(repo, { "annotated.py": leak(k5) + "\n" });
    const c5 = commit(repo, "only an annotated tag");
    git(repo, "tag", "-a", "-m", "release", "v1");
    git(repo, "tag", "a-tree", "HEAD^{tree}"); // tags need not name commits
    git(repo, "tag", "-a", "-m", "blob", "a-blob", "HEAD:tagged.py");
    git(repo, "checkout", "-q", "--orphan", "gh-pages");
    git(repo, "rm", "-rq", "--cached", ".");
    git(repo, "clean", "-fdq");
    writeFiles(repo, { "index.md": "deploy with\n\n" + leak(k6) + "\n" });
    const c6 = commit(repo, "orphan");
    git(repo, "checkout", "-q", "main");

    const r = history(repo);
    expect(r.code, r.stderr).toBe(1);
    const found = hits(r.stdout);
    expect(sorted(found.map((h) => [h.file, h.line, h.commit, h.secret]))).toEqual(
      sorted([
        ["settings.py", 2, c1, k1],
        ["settings.py", 6, c2, k2],
        ["app/conf.py", 1, c3, k3],
        ["tagged.py", 1, c4, k4],
        ["annotated.py", 1, c5, k5],
        ["index.md", 3, c6, k6],
      ]),
    );
    const first = found.find((h) => h.commit === c1)!;
    expect(first).toMatchObject({ ruleId: INSECURE, column: 14, author: "Ada Lovelace <ada@example.invalid>" });
    expect(first.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Date.parse(first.date)).toBe((clock - 5 * 3600) * 1000);
    // Not a TTY: no progress line, nothing on stderr at all.
    expect(r.stderr).toBe("");
  });

  it("exit 0 on a clean history, on a repository without commits; 2 outside a repository", () => {
    const empty = tempRepo();
    let r = leakproof(["history"], { cwd: empty });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/no secrets found/);
    writeFiles(empty, { "README.md": "hello\n" });
    commit(empty);
    expect(leakproof(["history"], { cwd: empty }).code).toBe(0);
    r = leakproof(["history"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a git repository/);
  });

  it("renames: moved lines are not reported again; an edit made with the rename is", () => {
    const repo = tempRepo();
    const [k1, k2] = [secret(), secret()];
    writeFiles(repo, { "a.py": "import os\n" + leak(k1) + "\n" + "x = 1\n".repeat(20) });
    const c1 = commit(repo);
    git(repo, "mv", "a.py", "b.py");
    commit(repo, "pure rename");
    git(repo, "mv", "b.py", "c.py");
    writeFiles(repo, { "c.py": "import os\n" + leak(k1) + "\n" + "x = 1\n".repeat(20) + leak(k2) + "\n" });
    const c3 = commit(repo, "rename and edit");
    expect(where(repo)).toEqual([
      ["a.py", 2, c1],
      ["c.py", 23, c3],
    ]);
    // Still at HEAD, under its new name: the grep looks at HEAD's whole tree.
    const notes = hits(history(repo).stdout).find((h) => h.file === "a.py")!.notes;
    expect(notes).toContain("still present at HEAD in c.py");
  });

  it("merges: a secret written while resolving a conflict, or added by an otherwise clean merge, is found at the merge; ordinary merges report nothing twice", () => {
    const repo = tempRepo();
    const [k1, k2, k3, k4] = Array.from({ length: 4 }, secret);
    writeFiles(repo, { "f.py": "a = 1\nb = 2\nc = 3\n" });
    commit(repo);
    git(repo, "checkout", "-q", "-b", "side");
    writeFiles(repo, { "f.py": "a = 1\nb = 'side'\nc = 3\n", "side.py": leak(k1) + "\n" });
    const sideCommit = commit(repo, "side");
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "f.py": "a = 1\nb = 'main'\nc = 3\n" });
    commit(repo, "main");
    expect(tryGit(repo, ["merge", "-q", "side"]).code).not.toBe(0); // a conflict in f.py
    writeFiles(repo, { "f.py": "a = 1\n" + leak(k2) + "\nc = 3\n" });
    const resolved = commit(repo, "merge side, resolved");

    git(repo, "checkout", "-q", "-b", "other");
    writeFiles(repo, { "other.py": leak(k3) + "\n" });
    const otherCommit = commit(repo, "other");
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "g.py": "z = 0\n" });
    commit(repo, "main moves on");
    clock += 3600;
    const date = { GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` };
    expect(tryGit(repo, ["merge", "-q", "--no-ff", "--no-edit", "other"], { env: date }).code).toBe(0); // ordinary merge
    const ordinary = head(repo);

    git(repo, "checkout", "-q", "-b", "tidy");
    writeFiles(repo, { "h.py": "y = 0\n" });
    commit(repo, "tidy");
    git(repo, "checkout", "-q", "main");
    expect(tryGit(repo, ["merge", "-q", "--no-ff", "--no-commit", "tidy"]).code).toBe(0);
    writeFiles(repo, { "g.py": "z = 0\n" + leak(k4) + "\n" });
    const evil = commit(repo, "merge tidy (and sneak a line in)");

    const found = where(repo);
    expect(sorted(found)).toEqual(
      sorted([
        ["side.py", 1, sideCommit],
        ["f.py", 2, resolved],
        ["other.py", 1, otherCommit],
        ["g.py", 2, evil],
      ]),
    );
    expect(found.some(([, , c]) => c === ordinary)).toBe(false);
  });

  const canSu = process.getuid?.() === 0 && spawnSync("su", ["nobody", "-s", "/bin/sh", "-c", "true"]).status === 0;
  it.runIf(canSu)(
    "a repository we may only read: merges are shown with --cc (--remerge-diff needs to write), with the same findings",
    () => {
      const repo = tempRepo();
      writeFiles(repo, { "f.py": "a = 1\nb = 2\nc = 3\n" });
      commit(repo);
      git(repo, "checkout", "-q", "-b", "side");
      writeFiles(repo, { "f.py": "a = 1\nb = 'side'\nc = 3\n", "side.py": leak() + "\n" });
      const sideCommit = commit(repo, "side");
      git(repo, "checkout", "-q", "main");
      writeFiles(repo, { "f.py": "a = 1\nb = 'main'\nc = 3\n" });
      commit(repo, "main");
      expect(tryGit(repo, ["merge", "-q", "side"]).code).not.toBe(0);
      writeFiles(repo, { "f.py": "a = 1\nb = 'main'\nb = 'side'\n" + leak() + "\nc = 3\n" });
      const merge = commit(repo, "merge");
      const want = [
        ["side.py", 1, sideCommit],
        ["f.py", 4, merge],
      ];
      expect(sorted(where(repo))).toEqual(sorted(want));
      chmodSync(repo, 0o755);
      spawnSync("chmod", ["-R", "a+rX,a-w", `${repo}/.git/objects`]);
      const r = spawnSync(
        "su",
        ["nobody", "-s", "/bin/sh", "-c", `cd "$0" && "$1" "$2" history --format json`, repo, process.execPath, CLI],
        {
          encoding: "utf8",
          env: { ...process.env, GIT_CONFIG_PARAMETERS: "'safe.directory=*'", HOME: "/tmp" },
        },
      );
      spawnSync("chmod", ["-R", "u+w", `${repo}/.git/objects`]);
      expect(r.status, r.stderr).toBe(1);
      expect(sorted(hits(r.stdout).map((h) => [h.file, h.line, h.commit]))).toEqual(sorted(want));
    },
  );

  it("binary files are skipped with a note; a submodule's own history is not ours", () => {
    const lib = tempRepo();
    writeFiles(lib, { "lib.py": leak() + "\n" });
    commit(lib);
    const repo = tempRepo();
    const k = secret();
    writeFiles(repo, {
      "blob.bin": Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(leak() + "\n")]),
      "ok.py": leak(k) + "\n",
    });
    const c1 = commit(repo);
    const add = tryGit(repo, ["-c", "protocol.file.allow=always", "submodule", "add", "-q", lib, "vendor/lib"]);
    expect(add.code, add.stderr).toBe(0);
    commit(repo, "submodule");
    writeFiles(lib, { "more.py": leak() + "\n" });
    commit(lib);
    expect(tryGit(repo, ["-C", "vendor/lib", "pull", "-q"]).code).toBe(0);
    commit(repo, "bump submodule");

    const r = leakproof(["history", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(1);
    expect(hits(r.stdout).map((h) => [h.file, h.line, h.commit])).toEqual([["ok.py", 1, c1]]);
    expect(r.stderr).toMatch(/skipped 1 binary file/);
    expect(leakproof(["history", "--format", "json", "--verbose"], { cwd: repo }).stderr).toMatch(
      /skipped blob\.bin \(binary\)/,
    );
  });

  it("text that git shows as binary (.gitattributes -diff, UTF-16) is still scanned, for the lines each commit added", () => {
    const repo = tempRepo();
    const [k1, k2, k3] = [secret(), secret(), secret()];
    writeFiles(repo, { ".gitattributes": "*.conf -diff\n", "app.conf": "# x\n" + leak(k1) + "\n" });
    const c1 = commit(repo);
    writeFiles(repo, { "app.conf": "# x\n" + leak(k1) + "\n# y\n" + leak(k2) + "\n" });
    const c2 = commit(repo);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("# settings\r\n" + leak(k3) + "\r\n", "utf16le"),
    ]);
    writeFiles(repo, { "win.py": utf16 });
    const c3 = commit(repo);
    const r = history(repo);
    expect(r.code, r.stderr).toBe(1);
    expect(sorted(hits(r.stdout).map((h) => [h.file, h.line, h.commit, h.secret]))).toEqual(
      sorted([
        ["app.conf", 2, c1, k1],
        ["app.conf", 4, c2, k2],
        ["win.py", 2, c3, k3],
      ]),
    );
    expect(r.stderr).toBe("");
  });

  it("odd file names, CRLF, non-UTF-8 content and empty commits", () => {
    const repo = tempRepo();
    git(repo, "config", "core.quotePath", "true"); // the user's setting does not matter
    const names = ["with space.py", "ünï/日本.py", 'say "hi".py', "tab\there.py", "new\nline.py"];
    const keys = names.map(() => secret());
    writeFiles(repo, Object.fromEntries(names.map((n, i) => [n, "# x\n" + leak(keys[i]) + "\n"])));
    const c1 = commit(repo);
    const kc = secret();
    const kl = secret();
    writeFiles(repo, {
      "crlf.py": ["# windows", "import os", leak(kc), ""].join("\r\n"),
      "latin1.py": Buffer.concat([
        Buffer.from("# caf"),
        Buffer.from([0xe9, 0x0a, 0xff, 0xfe, 0x0a]),
        Buffer.from(leak(kl) + "\n"),
      ]),
    });
    const c2 = commit(repo);
    commit(repo, "nothing", { allowEmpty: true });
    commit(repo, "still nothing", { allowEmpty: true });

    const r = history(repo);
    expect(r.code, r.stderr).toBe(1);
    const found = hits(r.stdout);
    expect(sorted(found.map((h) => [h.file, h.line, h.commit, h.secret]))).toEqual(
      sorted([...names.map((n, i) => [n, 2, c1, keys[i]]), ["crlf.py", 3, c2, kc], ["latin1.py", 3, c2, kl]]),
    );
    expect(found.find((h) => h.file === "crlf.py")!.column).toBe(14);
  });

  it("shallow clones: scans the commits that are there and says the history is shallow", () => {
    const origin = tempRepo();
    const [k1, k2] = [secret(), secret()];
    writeFiles(origin, { "a.py": leak(k1) + "\n" });
    commit(origin);
    writeFiles(origin, { "b.py": leak(k2) + "\n" });
    commit(origin);
    writeFiles(origin, { "c.txt": "clean\n" });
    commit(origin);
    const clone = tempDir();
    git(clone, "clone", "-q", "--depth", "2", `file://${origin}`, "work");
    const repo = `${clone}/work`;
    const boundary = head(repo, "HEAD~1");
    const r = history(repo);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/shallow/);
    expect(r.stderr).toMatch(/git fetch --unshallow/);
    // The oldest commit there shows its whole tree as added: both secrets, at that commit.
    expect(sorted(hits(r.stdout).map((h) => [h.file, h.commit]))).toEqual([
      ["a.py", boundary],
      ["b.py", boundary],
    ]);
    expect(leakproof(["history", "--quiet"], { cwd: repo }).stderr).toBe("");
  });

  it("ranges: only the commits of base..head, base...head or ^base head", () => {
    const repo = tempRepo();
    const keys = Array.from({ length: 4 }, secret);
    writeFiles(repo, { "a.py": leak(keys[0]) + "\n" });
    commit(repo);
    git(repo, "checkout", "-q", "-b", "topic");
    writeFiles(repo, { "b.py": leak(keys[1]) + "\n" });
    const t1 = commit(repo);
    writeFiles(repo, { "c.py": leak(keys[2]) + "\n" });
    const t2 = commit(repo);
    git(repo, "checkout", "-q", "main");
    writeFiles(repo, { "d.py": leak(keys[3]) + "\n" });
    const m2 = commit(repo);
    git(repo, "checkout", "-q", "topic");

    expect(sorted(where(repo, ["main..HEAD"]))).toEqual(
      sorted([
        ["b.py", 1, t1],
        ["c.py", 1, t2],
      ]),
    );
    expect(sorted(where(repo, ["main..topic"]))).toEqual(
      sorted([
        ["b.py", 1, t1],
        ["c.py", 1, t2],
      ]),
    );
    expect(where(repo, ["topic~1..topic"])).toEqual([["c.py", 1, t2]]);
    expect(sorted(where(repo, ["main...topic"]))).toEqual(
      sorted([
        ["b.py", 1, t1],
        ["c.py", 1, t2],
        ["d.py", 1, m2],
      ]),
    );
    expect(sorted(where(repo, ["^main", "topic"]))).toEqual(
      sorted([
        ["b.py", 1, t1],
        ["c.py", 1, t2],
      ]),
    );
    const clean = history(repo, ["topic..topic"]);
    expect(clean.code, clean.stderr).toBe(0);
  });

  it("--since: only commits after the date (with or without a range)", () => {
    const repo = tempRepo();
    writeFiles(repo, { "old.py": leak() + "\n" });
    commit(repo);
    const cut = new Date((clock + 1800) * 1000).toISOString();
    writeFiles(repo, { "new.py": leak() + "\n" });
    const c2 = commit(repo);
    expect(where(repo, ["--since", cut])).toEqual([["new.py", 1, c2]]);
    expect(where(repo, ["--since", cut, "HEAD"])).toEqual([["new.py", 1, c2]]);
  });

  it("a missing range base is an error (exit 2) that says what is missing and how to fetch it", () => {
    const origin = tempRepo();
    writeFiles(origin, { "a.py": "a = 1\n" });
    commit(origin);
    writeFiles(origin, { "b.py": "b = 1\n" });
    commit(origin);
    git(origin, "checkout", "-q", "-b", "topic");
    writeFiles(origin, { "c.py": leak() + "\n" });
    commit(origin);
    git(origin, "checkout", "-q", "main");

    // What actions/checkout does by default: one commit of one branch.
    const ci = tempDir();
    git(ci, "clone", "-q", "--depth", "1", "--branch", "topic", `file://${origin}`, "work");
    const repo = `${ci}/work`;
    let r = leakproof(["history", "origin/main..HEAD"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/cannot find origin\/main/);
    expect(r.stderr).toMatch(/shallow/);
    expect(r.stderr).toMatch(/git fetch origin main/);
    expect(r.stderr).toMatch(/fetch-depth: 0/);

    // The base is there, but not where the two meet: scanning would walk into older history.
    git(repo, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main");
    r = leakproof(["history", "origin/main..HEAD"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/meet nowhere in this shallow checkout/);
    expect(r.stderr).toMatch(/--unshallow|--deepen/);

    // Deep enough: the range is exactly the topic commit.
    git(repo, "fetch", "-q", "--unshallow");
    r = history(repo, ["origin/main..HEAD"]);
    expect(r.code, r.stderr).toBe(1);
    expect(hits(r.stdout).map((h) => h.file)).toEqual(["c.py"]);

    // Not shallow, no such branch.
    r = leakproof(["history", "nosuch..HEAD"], { cwd: origin });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot find nosuch/);
    // Options are never passed on to git as revisions.
    r = leakproof(["history", "--", "--output=/tmp/x"], { cwd: origin });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a revision range/);
  });

  it("the text report groups a secret found in many commits: first added where, again where, still at HEAD or leaked", () => {
    const repo = tempRepo();
    const [kept, gone] = [secret(), secret()];
    writeFiles(repo, { "a.py": "import os\n" + leak(kept) + "\n", "b.py": leak(gone) + "\n" });
    const c1 = commit(repo, "add");
    writeFiles(repo, { "a.py": "import os\n", "b.py": "import os\n" });
    commit(repo, "remove both");
    writeFiles(repo, { "a.py": "import os\n\n\n" + leak(kept) + "\n" });
    const c3 = commit(repo, "add one back");

    const json = hits(history(repo).stdout);
    expect(json.filter((h) => h.file === "a.py").map((h) => [h.line, h.commit])).toEqual([
      [2, c1],
      [4, c3],
    ]);
    const r = leakproof(["history"], { cwd: repo });
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain(
      `a.py:2:14  ${INSECURE}  high\n  secret  djan…\n  added   ${c1}  Test <test@example.invalid>  `,
    );
    expect(out).toContain(`  again   ${c3}  line 4  `);
    expect(out).toContain("  status  still present at HEAD in a.py");
    expect(out).toContain(`b.py:1:14  ${INSECURE}  high\n  secret  djan…\n  added   ${c1}`);
    expect(out).toContain("  status  no longer at HEAD, but it was committed: it leaked, rotate it");
    expect(out).toContain("leakproof: 2 secrets found in history (added 3 times, in 2 commits)");
    expect(out).toMatch(/1 of them is no longer at HEAD but was committed: .*rotate it/);
    expect(out).not.toContain(kept);
    expect(out).not.toContain(gone);
    expect(r.stderr).toBe("");

    // --verbose names each finding on stderr as the scan meets it (never the secret).
    const v = leakproof(["history", "--verbose", "--format", "json"], { cwd: repo });
    expect(v.stderr).toContain(`leakproof: found ${INSECURE} in a.py:2 (commit ${c1.slice(0, 12)})`);
    expect(v.stderr).toContain(`leakproof: found ${INSECURE} in a.py:4 (commit ${c3.slice(0, 12)})`);
    expect(v.stderr).not.toContain(kept.slice(16));
  });

  it("several gits sharing the commit list give the very same report as one", () => {
    const repo = tempRepo();
    for (let i = 0; i < 12; i++) {
      writeFiles(repo, { [`f${i % 5}.py`]: `x = ${i}\n` + (i % 3 === 0 ? leak() + "\n" : "") });
      commit(repo);
      if (i === 6) {
        git(repo, "checkout", "-q", "-b", "b");
        writeFiles(repo, { "b.py": leak() + "\n" });
        commit(repo);
        git(repo, "checkout", "-q", "main");
        clock += 3600;
        const date = { GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` };
        expect(tryGit(repo, ["merge", "-q", "--no-ff", "--no-edit", "b"], { env: date }).code).toBe(0);
      }
    }
    const one = history(repo, [], { LEAKPROOF_GIT_JOBS: "1" });
    expect(one.code, one.stderr).toBe(1);
    expect(hits(one.stdout).length).toBeGreaterThan(3);
    for (const jobs of ["2", "3"]) {
      const many = history(repo, [], { LEAKPROOF_GIT_JOBS: jobs });
      expect(many.stdout).toBe(one.stdout);
    }
    expect(leakproof(["history"], { cwd: repo, env: { LEAKPROOF_GIT_JOBS: "0" } }).code).toBe(2);
  });

  it("honours leakproof:allow and .leakproofignore (as they are at the root now)", () => {
    const repo = tempRepo();
    writeFiles(repo, {
      "a.py": leak() + "  # leakproof:allow\n",
      "fixtures/b.py": leak() + "\n",
      "c.py": leak() + "\n",
    });
    const c1 = commit(repo);
    writeFiles(repo, { ".leakproofignore": "fixtures/\n" });
    expect(where(repo)).toEqual([["c.py", 1, c1]]);
  });

  it("works in a bare mirror and in a SHA-256 repository", () => {
    const repo = tempRepo();
    writeFiles(repo, { "a.py": leak() + "\n" });
    const c1 = commit(repo);
    const dir = tempDir();
    git(dir, "clone", "-q", "--mirror", repo, "mirror.git");
    expect(where(`${dir}/mirror.git`)).toEqual([["a.py", 1, c1]]);

    const sha256 = tempDir();
    git(sha256, "init", "-q", "--object-format=sha256", "-b", "main");
    git(sha256, "config", "user.name", "Test");
    git(sha256, "config", "user.email", "test@example.invalid");
    writeFiles(sha256, { "a.py": leak() + "\n" });
    const c = commit(sha256);
    expect(c).toMatch(/^[0-9a-f]{64}$/);
    expect(where(sha256)).toEqual([["a.py", 1, c]]);
  });
});
