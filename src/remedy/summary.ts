// What `leakproof fix` says after writing: where the values went, what the code now needs to read
// .env, which repository secrets to set, which values had already been committed. Pure.
import { kindOf } from "../detect/filekind.js";
import type { ProjectLibs } from "./project.js";
import type { Finding, Rule } from "../types.js";
import type { FixPlan } from "./plan.js";

export interface SummaryInput {
  plan: FixPlan;
  rules: ReadonlyMap<string, Rule>;
  /** The source files written. */
  fixedPaths: readonly string[];
  project: ProjectLibs;
  /** The repository's text of a file at HEAD (latin1), in a repository; undefined: not committed. */
  committed: ((path: string) => string | undefined) | undefined;
  /** "stage the fix" advice: fix ran on the staged files without --staged. */
  adviseStaging: boolean;
  /** Git was asked and ignores every .env written (default: assumed, outside git). */
  gitIgnores?: boolean;
}

export function fixSummary(input: SummaryInput): string[] {
  const { plan, fixedPaths, project } = input;
  const rotateCommand = (f: Finding) => input.rules.get(f.ruleId)?.rotateCommand;
  const lines: string[] = [];
  const done = plan.files.filter((f) => fixedPaths.includes(f.path));
  const fixed = done.flatMap((f) => f.fixed);
  if (fixed.length === 0) return lines;
  const names = [...new Set(fixed.map((x) => `${x.envVar} (${x.envFile})`))];
  lines.push(
    `fixed ${count(fixed.length, "secret")} in ${done.map((f) => f.path).join(", ")}; the value${fixed.length === 1 ? " is" : "s are"} in ${names.join(", ")}${input.gitIgnores === false ? "" : ", which git ignores"}`,
  );
  const kinds = new Set(done.map((f) => kindOf(f.path)));
  if (kinds.has("python") && !project.python)
    lines.push(
      "os.environ does not read .env by itself: export its variables (set -a; . ./.env; set +a) or load it with python-dotenv",
    );
  if (kinds.has("js") && project.node !== "dotenv")
    lines.push("process.env does not read .env by itself: node --env-file=.env (Node 20.6+), or use dotenv");
  if (kinds.has("ruby") && project.ruby !== "dotenv")
    lines.push(
      "ENV does not read .env by itself: add the dotenv gem (dotenv-rails for Rails), or export its variables",
    );
  if (kinds.has("github-actions")) {
    const secretsNeeded = [
      ...new Set(done.filter((f) => kindOf(f.path) === "github-actions").flatMap((f) => f.fixed.map((x) => x.envVar))),
    ];
    lines.push(
      `add the repository secret${secretsNeeded.length === 1 ? "" : "s"} ${secretsNeeded.join(", ")} (gh secret set NAME, or Settings → Secrets and variables → Actions); the value${secretsNeeded.length === 1 ? " is" : "s are"} in .env`,
    );
  }
  // A value already committed has leaked whatever fix does.
  if (input.committed) {
    for (const f of done) {
      const old = input.committed(f.path);
      if (old === undefined) continue;
      for (const x of f.fixed) {
        if (old.includes(x.finding.secret))
          lines.push(
            `${f.path}:${x.finding.line}: this value was already committed, so it has leaked: rotate it${rotateCommand(x.finding) ? ` (${rotateCommand(x.finding)})` : ""}`,
          );
      }
    }
  }
  if (input.adviseStaging) lines.push(`stage the fix: git add ${fixedPaths.join(" ")} (or run leakproof fix --staged)`);
  return lines;
}

/** "1 secret", "2 secrets". */
export function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
