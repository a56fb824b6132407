// The human report: where, which rule, the redacted secret, why it matters and what to write instead.
import pc from "picocolors";
import type { Reporter } from "./reporter.js";

export const text: Reporter = (findings, ctx) => {
  const c = pc.createColors(ctx.color);
  const out: string[] = [];
  if (findings.length === 0) {
    out.push(c.green("leakproof: no secrets found"));
    return out.join("\n") + "\n";
  }
  for (const f of findings) {
    const rule = ctx.rules.get(f.ruleId);
    const sev = f.severity === "critical" || f.severity === "high" ? c.red(f.severity) : c.yellow(f.severity);
    out.push(`${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${c.cyan(f.ruleId)}  ${sev}`);
    if (f.commit) out.push(`  commit  ${f.commit.slice(0, 12)}${f.author ? `  ${f.author}` : ""}${f.date ? `  ${f.date}` : ""}`);
    out.push(`  secret  ${f.secret}`);
    out.push(`  why     ${rule?.why ?? f.message}`);
    for (const n of f.notes) out.push(`  note    ${n}`);
    if (f.remediation) out.push(`  fix     ${c.green(f.remediation)}`);
    const steps = f.fixSteps ?? [];
    steps.forEach((s, i) => out.push(`  ${i === 0 && !f.remediation ? "fix   " : "      "}  ${s}`));
    out.push("");
  }
  const n = findings.length;
  out.push(c.bold(c.red(`leakproof: ${n} secret${n === 1 ? "" : "s"} found`)));
  out.push(
    c.dim("A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`."),
  );
  return out.join("\n") + "\n";
};
