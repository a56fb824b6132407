// The GitHub Action's script and the GitLab CI template, run against real local repositories
// (everything but the hosted services).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { rangesFor } from "../../src/action/main.js";
import { CLI } from "../support/cli.js";
import { insecureDjangoKey } from "../support/fake.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ACTION = join(ROOT, "dist", "action", "main.js");
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
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      ...extraEnv,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(outputPath, "utf8")
      .trim()
      .split("\n")
      .map((l) => l.split("=", 2) as [string, string]),
  );
  return { ...r, outputs, summary: existsSync(summaryPath) ? readFileSync(summaryPath, "utf8") : "" };
}

describe("GitHub Action", () => {
  it("works out the range from the event", () => {
    const zero = "0".repeat(40);
    expect(rangesFor("pull_request", { pull_request: { base: { sha: "b" }, head: { sha: "h" } } }, "")).toEqual([
      "b..h",
    ]);
    expect(rangesFor("push", { before: "a", after: "b" }, "")).toEqual(["a..b"]);
    expect(rangesFor("push", { before: zero, after: "b" }, "")).toEqual(["b"]);
    expect(rangesFor("push", { before: "a", after: zero }, "")).toEqual([]);
    expect(rangesFor("workflow_dispatch", {}, "")).toEqual([]);
    expect(
      rangesFor("pull_request", { pull_request: { base: { sha: "b" }, head: { sha: "h" } } }, " main..HEAD "),
    ).toEqual(["main..HEAD"]);
  });

  it("action.yml runs the built script, uploads SARIF and fails on findings", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    expect(action.runs.using).toBe("composite");
    const steps = action.runs.steps as Array<{ run?: string; uses?: string }>;
    expect(steps.some((s) => s.run?.includes("dist/action/main.js"))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"))).toBe(true);
    expect(existsSync(ACTION)).toBe(true);
  });

  it("annotates, summarises and writes SARIF for a pull request that adds a secret", () => {
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
    writeFiles(dir, { "README.md": "hello\n" });
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "docs");
    const r = runAction(dir, {
      pull_request: { base: { sha: head }, head: { sha: git(dir, "rev-parse", "HEAD").trim() } },
    });
    expect(r.outputs["exit-code"]).toBe("0");
    expect(r.status).toBe(0);
  });

  it("fails with exit 2, saying how to fetch, when a shallow checkout lacks the base", () => {
    const { dir, base, head } = prRepo();
    const clone = tempDir();
    git(clone, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${dir}`, "c");
    const r = runAction(join(clone, "c"), { pull_request: { base: { sha: base }, head: { sha: head } } });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fetch-depth/);
  });
});

describe("GitLab CI template", () => {
  it("runs its script on a merge request's range, fails on the secret and keeps the JSON report", () => {
    const { dir, base, head } = prRepo();
    const job = parse(readFileSync(join(ROOT, "ci", "leakproof.gitlab-ci.yml"), "utf8")).leakproof;
    expect(job.variables.GIT_DEPTH).toBe("0");
    const script = (job.script as string[])
      .join("\n")
      .replaceAll("npx --yes leakproof", `"${process.execPath}" "${CLI}"`);
    const r = spawnSync("bash", ["-c", script], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("app/local.py:1:14");
    const report = JSON.parse(readFileSync(join(dir, "leakproof.json"), "utf8"));
    expect(report.findings.map((f: { file: string; commit: string }) => [f.file, f.commit])).toEqual([
      ["app/local.py", head],
    ]);
  });
});
