// The human report: where, which rule, the redacted secret, why it matters and what to write instead.
// History findings (those with a commit) are grouped by secret (fingerprint): one entry says where
// it was first added, which other commits added it again, and whether it is still at HEAD.
import pc from "picocolors";
import type { Finding } from "../types.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { byAge } from "./order.js";
import { GONE_FROM_HEAD, headStatus } from "./status.js";
import { groupBy } from "../lists.js";

/** Other commits of a group listed one by one; the rest are counted. */
const SHOWN_AGAIN = 5;

type Colors = ReturnType<typeof pc.createColors>;

export const text: Reporter = (findings, ctx) => {
  const c = pc.createColors(ctx.color);
  const out: string[] = [];
  // Django's deployment checks report settings, not secrets: no secret line, counted apart.
  if (findings.length === 0) {
    out.push(c.green(`leakproof: no ${ctx.scan === "django" ? "deployment issue" : "secret"}s found`));
    return out.join("\n") + "\n";
  }
  if (findings.some((f) => f.commit !== undefined)) return historyReport(findings, ctx, c);
  // Values in tests, docs and examples come last, one entry per value however often it repeats.
  const aside = findings.filter((f) => f.scope !== undefined);
  for (const f of findings) {
    if (f.scope !== undefined) continue;
    out.push(header(f, c));
    if (f.secret !== "") out.push(`  secret  ${f.secret}`);
    advice(out, f, f.notes, ctx, c);
  }
  if (aside.length > 0) asideReport(out, aside, ctx, c);
  const settings = ctx.scan === "django" ? findings.length : findings.filter((f) => f.secret === "").length;
  const n = findings.length - settings;
  const counts = [
    ...(n > 0 || settings === 0 ? [`${n} secret${n === 1 ? "" : "s"}`] : []),
    ...(settings > 0 ? [`${settings} deployment issue${settings === 1 ? "" : "s"}`] : []),
  ];
  const asideNote = aside.length > 0 ? ` (${aside.length} in tests, docs or examples)` : "";
  out.push(c.bold(c.red(`leakproof: ${counts.join(" and ")} found${asideNote}`)));
  out.push(footer(c));
  const fix = ctx.scan === "staged" && ctx.fixHint !== undefined ? ctx.fixHint : fixCommand(findings, ctx.scan);
  if (fix) out.push(`Fix ${n === 1 ? "it" : "them"}: ${c.bold(fix)}`);
  return out.join("\n") + "\n";
};

/**
 * The one `leakproof fix` command that fixes a staged scan's findings (the blocking message ends
 * with it), when fix can rewrite at least one of them: those with a replacement line.
 */
export function fixCommand(findings: readonly Finding[], scan: ReportContext["scan"]): string | undefined {
  if (scan !== "staged" || !findings.some((f) => f.remediation !== undefined && f.secret !== "")) return undefined;
  return "leakproof fix --staged";
}

/** Findings in tests, docs and examples, grouped by value: the same fake token 15 times is one decision. */
function asideReport(out: string[], aside: readonly Finding[], ctx: ReportContext, c: Colors): void {
  const groups = new Map<string, Finding[]>();
  for (const f of aside) {
    const key = f.valueFingerprint ?? f.fingerprint;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const values = groups.size;
  out.push(
    c.bold(
      `In tests, docs and examples (one severity lower; --exclude-tests leaves them out): ${aside.length} finding${aside.length === 1 ? "" : "s"}, ${values} distinct value${values === 1 ? "" : "s"}`,
    ),
  );
  out.push("");
  for (const group of groups.values()) {
    const first = group[0]!;
    out.push(`${header(first, c)}  ${c.dim(first.scope ?? "")}`);
    out.push(`  secret  ${first.secret}`);
    const again = group.slice(1);
    if (again.length > 0) {
      const shown = again.slice(0, SHOWN_AGAIN).map((f) => `${f.file}:${f.line}`);
      const more = again.length > SHOWN_AGAIN ? `, and ${again.length - SHOWN_AGAIN} more` : "";
      out.push(`  also    ${shown.join(", ")}${more}`);
    }
    advice(out, first, first.notes, ctx, c);
  }
}

function header(f: Finding, c: Colors): string {
  const sev = f.severity === "critical" || f.severity === "high" ? c.red(f.severity) : c.yellow(f.severity);
  return `${c.bold(`${f.file}:${f.line}:${f.column}`)}  ${c.cyan(f.ruleId)}  ${sev}`;
}

function advice(out: string[], f: Finding, notes: readonly string[], ctx: ReportContext, c: Colors): void {
  const rule = ctx.rules.get(f.ruleId);
  out.push(`  why     ${rule?.why ?? f.message}`);
  for (const n of notes) out.push(`  note    ${n}`);
  if (f.remediation) out.push(`  fix     ${c.green(f.remediation)}`);
  const steps = f.fixSteps ?? [];
  steps.forEach((s, i) => out.push(`  ${i === 0 && !f.remediation ? "fix   " : "      "}  ${s}`));
  out.push("");
}

function footer(c: Colors): string {
  return c.dim(
    "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`.",
  );
}

function historyReport(findings: readonly Finding[], ctx: ReportContext, c: Colors): string {
  const out: string[] = [];
  // Groups in report order (by where their first-sorted occurrence is).
  const groups = groupBy(findings, (f) => f.fingerprint);
  let gone = 0;
  const commits = new Set<string>();
  for (const group of groups.values()) {
    group.sort(byAge);
    const first = group[0]!;
    for (const f of group) if (f.commit) commits.add(f.commit);
    out.push(header(first, c));
    out.push(`  secret  ${first.secret}`);
    out.push(
      `  added   ${first.commit ?? "(not in a commit)"}${first.author ? `  ${first.author}` : ""}${first.date ? `  ${first.date}` : ""}`,
    );
    const again = group.slice(1);
    for (const f of again.slice(0, SHOWN_AGAIN)) {
      out.push(`  again   ${f.commit ?? ""}  line ${f.line}${f.date ? `  ${f.date}` : ""}`);
    }
    if (again.length > SHOWN_AGAIN)
      out.push(`          … and ${again.length - SHOWN_AGAIN} more (--format json lists every one)`);
    const status = headStatus(first);
    if (status === GONE_FROM_HEAD) gone++;
    if (status) out.push(`  status  ${status === GONE_FROM_HEAD ? c.yellow(status) : status}`);
    advice(out, first, first.notes, ctx, c);
  }
  const n = groups.size;
  const occurrences =
    findings.length > n
      ? ` (added ${findings.length} times, in ${commits.size} commit${commits.size === 1 ? "" : "s"})`
      : "";
  const aside = [...groups.values()].filter((g) => g[0]!.scope !== undefined).length;
  const asideNote = aside > 0 ? `; ${aside} of them in tests, docs or examples (--exclude-tests leaves them out)` : "";
  out.push(c.bold(c.red(`leakproof: ${n} secret${n === 1 ? "" : "s"} found in history${occurrences}${asideNote}`)));
  if (gone > 0) {
    const who =
      gone === n
        ? n === 1
          ? "It is"
          : n === 2
            ? "Both are"
            : "All are"
        : `${gone} of them ${gone === 1 ? "is" : "are"}`;
    const it = gone === 1 ? "it" : "them";
    // Rules that name a command making a new value (leakproof rotate django), for the secrets gone from HEAD.
    const commands = [
      ...new Set(
        [...groups.values()]
          .filter((g) => g[0]!.atHead?.length === 0)
          .map((g) => ctx.rules.get(g[0]!.ruleId)?.rotateCommand)
          .filter((cmd) => cmd !== undefined),
      ),
    ];
    out.push(
      c.yellow(
        `${who} no longer at HEAD but ${gone === 1 ? "was" : "were"} committed: anyone with a clone has ${it}, so rotate ${it}.${commands.length > 0 ? ` ${commands.join(", ")} ${commands.length === 1 ? "prints" : "print"} a new value and how to switch to it.` : ""}`,
      ),
    );
  }
  out.push(footer(c));
  return out.join("\n") + "\n";
}
