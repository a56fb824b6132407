// The GitHub Action's script and the GitLab CI template, run as the hosted services would run
// them (the environment GitHub sets; GitLab's job script in bash with its variables), against
// real local repositories and a real bare remote: everything but the hosted services.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scopeFor } from "../../src/action/main.js";
import { insecureDjangoKey } from "../support/fake.js";
import { ROOT, fileTempDir, npmEnv, snapshotRepo } from "../support/package.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

const ACTION = join(ROOT, "dist", "action", "main.js");
const ZERO = "0".repeat(40);
const key = insecureDjangoKey;

/** main has a clean commit; feature adds a secret on top. */
function prRepo() {
  const dir = tempRepo();
  writeFiles(dir, { "app/settings.py": "import os\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n" });
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "base");
  const base = git(dir, "rev-parse", "HEAD").trim();
  git(dir, "checkout", "-q", "-b", "feature");
  writeFiles(dir, { "app/local.py": `SECRET_KEY = '${key()}'\n` });
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "oops");
  const head = git(dir, "rev-parse", "HEAD").trim();
  return { dir, base, head };
}

function commit(dir: string, files: Record<string, string>, message: string): string {
  writeFiles(dir, files);
  git(dir, "add", ".");
  git(dir, "commit", "-q", "--no-verify", "-m", message);
  return git(dir, "rev-parse", "HEAD").trim();
}

function runAction(cwd: string, event: object, eventName = "pull_request", extraEnv: Record<string, string> = {}) {
  const work = tempDir();
  const eventPath = join(work, "event.json");
  const outputPath = join(work, "output");
  const summaryPath = join(work, "summary.md");
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(outputPath, "");
  const r = spawnSync(process.execPath, [ACTION], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      NO_COLOR: "1",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: cwd,
      ...extraEnv,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(outputPath, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split("=", 2) as [string, string]),
  );
  return { ...r, outputs, summary: existsSync(summaryPath) ? readFileSync(summaryPath, "utf8") : "" };
}

describe("GitHub Action", () => {
  it("works out the scope from the event", async () => {
    const { dir, base, head } = prRepo();
    const pr = { pull_request: { base: { sha: base }, head: { sha: head } } };
    expect(await scopeFor(dir, "pull_request", pr, "")).toMatchObject({ revs: [`${base}..${head}`] });
    expect(await scopeFor(dir, "push", { before: base, after: head }, "")).toMatchObject({
      revs: [`${base}..${head}`],
    });
    expect(await scopeFor(dir, "push", { before: base, after: ZERO }, "")).toHaveProperty("nothing");
    expect(await scopeFor(dir, "workflow_dispatch", {}, "")).toHaveProperty("all", true);
    expect(await scopeFor(dir, "pull_request", pr, " main..HEAD ")).toMatchObject({ revs: ["main..HEAD"] });
    // A new branch: its tip, minus every other branch (main), not its own.
    const scope = await scopeFor(dir, "push", { before: ZERO, after: head, ref: "refs/heads/feature" }, "");
    expect(scope).toMatchObject({ revs: [head, `^${base}`] });
  });

  it("action.yml: the committed build, no install or build step, SARIF upload that cannot fail the job, inputs the script reads", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps as Array<{
      run?: string;
      uses?: string;
      env?: Record<string, string>;
      "continue-on-error"?: boolean;
    }>;
    expect(steps.some((s) => s.run?.includes("dist/action/main.js"))).toBe(true);
    expect(steps.some((s) => /npm (ci|install)|tsc|npm run/.test(s.run ?? ""))).toBe(false);
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload?.["continue-on-error"]).toBe(true);
    expect(existsSync(ACTION)).toBe(true);
    // Every INPUT_* the script reads is passed from a declared input, and every input is used.
    const source = readFileSync(join(ROOT, "src", "action", "main.ts"), "utf8");
    const read = [...source.matchAll(/env\.(INPUT_[A-Z_]+)/g)].map((m) => m[1]!);
    const passed = Object.fromEntries(steps.flatMap((s) => Object.entries(s.env ?? {})));
    for (const name of read) expect(passed[name], name).toMatch(/\$\{\{ inputs\.[a-z-]+ \}\}/);
    const used = JSON.stringify(action.runs.steps);
    for (const input of Object.keys(action.inputs)) expect(used, input).toContain(`inputs.${input}`);
  });

  it("annotates, summarises and writes SARIF from one scan for a pull request that adds a secret", () => {
    const { dir, base, head } = prRepo();
    const r = runAction(dir, { pull_request: { base: { sha: base }, head: { sha: head } } });
    expect(r.status).toBe(1);
    expect(r.outputs).toEqual({ "exit-code": "1", sarif: "leakproof.sarif" });
    expect(r.stdout).toMatch(/::error file=app\/local\.py,line=1,/);
    expect(r.summary).toContain("`django-insecure-key`");
    const sarif = JSON.parse(readFileSync(join(dir, "leakproof.sarif"), "utf8"));
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(sarif.runs[0].results[0].properties.commit).toBe(head);
  });

  it("passes a pull request whose own commits are clean, whatever the base holds", () => {
    const { dir, head } = prRepo();
    git(dir, "checkout", "-q", "-b", "next");
    const next = commit(dir, { "README.md": "hello\n" }, "docs");
    const r = runAction(dir, { pull_request: { base: { sha: head }, head: { sha: next } } });
    expect(r.outputs["exit-code"]).toBe("0");
    expect(r.status).toBe(0);
  });

  it("a new branch (before all zeros) scans what it brought, not old history", () => {
    const { dir, head } = prRepo(); // feature holds an old secret
    git(dir, "checkout", "-q", "-b", "topic");
    const clean = commit(dir, { "docs.md": "x\n" }, "docs");
    const r = runAction(dir, { before: ZERO, after: clean, ref: "refs/heads/topic" }, "push");
    expect(r.outputs["exit-code"], r.stderr).toBe("0");
    const leaky = commit(dir, { "more.py": `SECRET_KEY = '${key()}'\n` }, "leak");
    const r2 = runAction(dir, { before: ZERO, after: leaky, ref: "refs/heads/topic" }, "push");
    expect(r2.outputs["exit-code"]).toBe("1");
    expect(r2.stdout).toContain("more.py");
    expect(r2.stdout).not.toContain("app/local.py");
    expect(head).toBeTruthy();
  });

  it("a force-push whose old tip is in no ref scans the new commits instead of failing", () => {
    const { dir } = prRepo();
    git(dir, "checkout", "-q", "-b", "topic", "main");
    const tip = commit(dir, { "docs.md": "x\n" }, "docs");
    const gone = "1234567".repeat(5) + "12345";
    const r = runAction(dir, { before: gone, after: tip, ref: "refs/heads/topic" }, "push");
    expect(r.outputs["exit-code"], r.stderr).toBe("0");
    expect(r.stdout).toContain("force-push");
  });

  it("a deleted branch scans nothing and passes", () => {
    const { dir, head } = prRepo();
    const r = runAction(dir, { before: head, after: ZERO }, "push");
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({ "exit-code": "0", sarif: "" });
  });

  it("fails with exit 2, saying how to fetch, when a shallow checkout lacks the base", () => {
    const { dir, base, head } = prRepo();
    const clone = tempDir();
    git(clone, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${dir}`, "c");
    const r = runAction(join(clone, "c"), { pull_request: { base: { sha: base }, head: { sha: head } } });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.outputs.sarif).toBe("");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fetch-depth/);
  });
});

describe("GitLab CI template", () => {
  const job = parse(readFileSync(join(ROOT, "ci", "leakproof.gitlab-ci.yml"), "utf8")).leakproof;
  const script = (job.script as string[]).join("\n");
  let pkg: string;
  let cache: string;
  beforeAll(() => {
    const s = snapshotRepo();
    pkg = `git+file://${s.dir}#${s.sha}`;
    cache = fileTempDir("leakproof-npm-cache-");
  }, 120_000);

  /** The job's script as GitLab runs it, installing leakproof from LEAKPROOF_PACKAGE into a private prefix. */
  function runJob(cwd: string, vars: Record<string, string>) {
    const prefix = tempDir("leakproof-prefix-");
    const env = npmEnv(cache, {
      npm_config_prefix: prefix,
      npm_config_offline: "true",
      PATH: `${join(prefix, "bin")}:${process.env.PATH}`,
      NO_COLOR: "1",
      LEAKPROOF_PACKAGE: pkg,
      ...vars,
    });
    return spawnSync("bash", ["-eo", "pipefail", "-c", script], { cwd, encoding: "utf8", env });
  }

  it("installs from the pinned git URL, scans a merge request's range once, fails on the secret, keeps the JSON report", () => {
    const { dir, base, head } = prRepo();
    expect(job.variables.GIT_DEPTH).toBe("0");
    expect(script).not.toMatch(/npx --yes leakproof|npx leakproof/);
    const r = runJob(dir, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain("app/local.py:1:14");
    const report = JSON.parse(readFileSync(join(dir, "leakproof.json"), "utf8"));
    expect(report.findings.map((f: { file: string; commit: string }) => [f.file, f.commit])).toEqual([
      ["app/local.py", head],
    ]);
  });

  it("a new branch (CI_COMMIT_BEFORE_SHA all zeros) is scanned against the default branch it fetches", () => {
    const remote = join(tempDir(), "r.git");
    git(tempDir(), "init", "-q", "--bare", "-b", "main", remote);
    const { dir } = prRepo(); // main clean, feature with a secret: pushed, as old history
    git(dir, "remote", "add", "origin", remote);
    git(dir, "push", "-q", "origin", "main", "feature");
    // GitLab's clone of a new branch holds that branch only.
    const clone = join(tempDir(), "c");
    git(tempDir(), "clone", "-q", "--single-branch", "--branch", "feature", remote, clone);
    git(clone, "config", "user.name", "T");
    git(clone, "config", "user.email", "t@example.invalid");
    git(clone, "checkout", "-q", "-b", "topic");
    const tip = commit(clone, { "notes.md": "x\n" }, "notes");
    const vars = {
      CI_COMMIT_BEFORE_SHA: ZERO,
      CI_COMMIT_SHA: tip,
      CI_COMMIT_BRANCH: "topic",
      CI_DEFAULT_BRANCH: "main",
      CI_PIPELINE_SOURCE: "push",
    };
    const r = runJob(clone, vars);
    // feature's old secret is not the new branch's doing... but topic is based on feature, so main..topic holds it.
    expect(r.stdout).toContain("scanning origin/main..");
    expect(r.status).toBe(1);
    git(clone, "checkout", "-q", "-b", "fromMain", "origin/main");
    const clean = commit(clone, { "ok.md": "x\n" }, "ok");
    const ok = runJob(clone, { ...vars, CI_COMMIT_SHA: clean, CI_COMMIT_BRANCH: "fromMain" });
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
  });

  it("without LEAKPROOF_PACKAGE: exit 2 with what to set, not a scan result", () => {
    const { dir } = prRepo();
    const r = runJob(dir, { LEAKPROOF_PACKAGE: "" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("set LEAKPROOF_PACKAGE");
  });
});
