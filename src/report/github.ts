// GitHub Actions: workflow-command annotations on the right file and line, and the Markdown
// summary the command appends to $GITHUB_STEP_SUMMARY (reporters only return text).
import type { Finding } from "../types.js";
import type { Reporter } from "./reporter.js";

export const github: Reporter = (findings, ctx) => {
  const lines = findings.map((f) => {
    const level = f.severity === "low" ? "notice" : f.severity === "medium" ? "warning" : "error";
    const props = [
      `file=${prop(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${prop(`leakproof: ${f.ruleId}`)}`,
    ].join(",");
    const rule = ctx.rules.get(f.ruleId);
    const fix = f.remediation ? ` Fix: ${f.remediation}` : rule?.envVar ? ` Fix: load it from ${rule.envVar}.` : "";
    const what = f.secret === "" ? `${f.message}` : `${f.message}: ${f.secret}.`;
    return `::${level} ${props}::${data(`${what}${fix}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ""}`)}`;
  });
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
};

export function summary(findings: readonly Finding[]): string {
  if (findings.length === 0) return "### leakproof\n\nNo secrets found.\n";
  const rows = findings.map(
    (f) =>
      `| \`${cell(f.file)}:${f.line}\` | \`${f.ruleId}\` | ${f.severity} | \`${cell(f.secret)}\` | ${f.remediation ? `\`${cell(f.remediation)}\`` : ""} |`,
  );
  return [
    "### leakproof",
    "",
    `${findings.length} secret${findings.length === 1 ? "" : "s"} found.`,
    "",
    "| where | rule | severity | secret | fix |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    "Remove each secret from the code, load it from the environment, and rotate it: it has been pushed.",
    "",
  ].join("\n");
}

/** Workflow-command escaping (the same as @actions/core): data escapes %, CR, LF; properties also : and ,. */
function data(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function prop(s: string): string {
  return data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\n/g, " ");
}
