// The SARIF 2.1.0 report, shaped for GitHub code scanning (upload-sarif): one run, rule metadata
// with help text and security-severity, partialFingerprints for alert tracking, no timestamps.
// Findings arrive already masked (see mask.ts): every string here comes from the finding as given.
import type { Finding, Rule, Severity } from "../types.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { notesWithStatus } from "./status.js";
import { byCodeUnits } from "../lists.js";

/** Placeholder homepage until the project has a published one. */
const INFORMATION_URI = "https://github.com/leakproof/leakproof";

/** The key GitHub reads from partialFingerprints; bump the suffix if the fingerprint scheme changes. */
export const FINGERPRINT_KEY = "leakproof/v2";

type Level = "error" | "warning" | "note";

const LEVEL: Record<Severity, Level> = { critical: "error", high: "error", medium: "warning", low: "note" };

/** GitHub maps these to its critical / high / medium / low alert severities. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

const SUPPRESS_TEXT =
  "A false positive? Add a `leakproof:allow` comment on that line, or accept the current findings with `leakproof baseline`.";

/** "django-insecure-key" → "DjangoInsecureKey". */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join("");
}

/** A relative POSIX path as a URI reference: each segment percent-encoded (spaces, '#', '%', '?', ':'). */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

/** The rule's description without a trailing "(…)" aside, which may quote part of a secret's shape. */
function headline(description: string): string {
  return description.replace(/\s*\([^()]*\)\s*$/, "") || description;
}

/** What the descriptor needs of a rule; a finding whose rule is not in the context still gets one. */
interface RuleInfo {
  id: string;
  description: string;
  why: string;
  severity: Severity;
  envVar?: string;
  rotate?: string;
  /** A setting to change, not a secret to move (Django's deployment checks): the fix, and no rotation. */
  settingFix?: string;
}

function ruleInfo(id: string, rule: Rule | undefined, first: Finding): RuleInfo {
  if (rule) return rule;
  const info = { id, description: first.message || id, why: first.message || id, severity: first.severity };
  return first.secret === "" ? { ...info, settingFix: first.remediation ?? first.fixSteps?.[0] ?? "" } : info;
}

function helpText(r: RuleInfo): { text: string; markdown: string } {
  if (r.settingFix !== undefined) {
    const fix = r.settingFix ? [`Fix: ${r.settingFix}`] : [];
    const text = [`Why it matters: ${r.why}`, ...fix, `Suppress: ${SUPPRESS_TEXT}`].join("\n\n");
    const markdown = [
      `**Why it matters.** ${r.why}`,
      ...(r.settingFix ? [`**Fix.** \`${r.settingFix}\``] : []),
      `**Suppress.** ${SUPPRESS_TEXT}`,
    ].join("\n\n");
    return { text, markdown };
  }
  const fix = r.envVar
    ? `Load it from the environment variable ${r.envVar} instead of writing it in the file, and keep the value in a secret store or an untracked .env file.`
    : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked .env file.";
  const fixMd = r.envVar
    ? `Load it from the environment variable \`${r.envVar}\` instead of writing it in the file, and keep the value in a secret store or an untracked \`.env\` file.`
    : "Load it from an environment variable instead of writing it in the file, and keep the value in a secret store or an untracked `.env` file.";
  const rotate = r.rotate ?? "Rotate it: a secret that reached a commit stays in the history and in every clone.";
  const text = [`Why it matters: ${r.why}`, `Fix: ${fix}`, `Rotate: ${rotate}`, `Suppress: ${SUPPRESS_TEXT}`].join(
    "\n\n",
  );
  const markdown = [
    `**Why it matters.** ${r.why}`,
    `**Fix.** ${fixMd}`,
    `**Rotate.** ${rotate}`,
    `**Suppress.** ${SUPPRESS_TEXT}`,
  ].join("\n\n");
  return { text, markdown };
}

function descriptor(r: RuleInfo) {
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: r.why },
    help: helpText(r),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: r.settingFix !== undefined ? ["security", "configuration"] : ["security", "secret"],
      "security-severity": SECURITY_SEVERITY[r.severity],
    },
  };
}

function resultOf(f: Finding, ruleIndex: number, r: RuleInfo) {
  const remedy = r.envVar ? ` — load it from ${r.envVar}` : "";
  const history: Record<string, string> = {};
  if (f.commit !== undefined) {
    history.commit = f.commit;
    if (f.author !== undefined) history.author = f.author;
    if (f.date !== undefined) history.date = f.date;
  }
  const notes = notesWithStatus(f);
  const hasProps = f.commit !== undefined || notes.length > 0;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: {
      text:
        f.secret === ""
          ? `${f.message}${f.remediation ? ` Fix: ${f.remediation}` : ""}`
          : `${headline(f.message || r.description)}: ${f.secret}${remedy}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(hasProps ? { properties: { ...history, ...(notes.length > 0 ? { notes: [...notes] } : {}) } } : {}),
  };
}

export function sarifLog(findings: readonly Finding[], ctx: ReportContext) {
  // Rules with findings only, ordered by id so the output is stable whatever the finding order.
  const firstByRule = new Map<string, Finding>();
  for (const f of findings) if (!firstByRule.has(f.ruleId)) firstByRule.set(f.ruleId, f);
  const ids = [...firstByRule.keys()].sort(byCodeUnits);
  const infos = new Map(ids.map((id) => [id, ruleInfo(id, ctx.rules.get(id), firstByRule.get(id)!)]));
  const index = new Map(ids.map((id, i) => [id, i]));

  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakproof",
            informationUri: INFORMATION_URI,
            semanticVersion: ctx.toolVersion,
            rules: ids.map((id) => descriptor(infos.get(id)!)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(ctx.notes.length > 0
              ? { toolExecutionNotifications: ctx.notes.map((n) => ({ level: "note" as const, message: { text: n } })) }
              : {}),
          },
        ],
        // Where %SRCROOT% is stays unsaid: an absolute path would vary by machine and reveal it.
        originalUriBaseIds: {
          "%SRCROOT%": { description: { text: "The root of the scanned repository or directory." } },
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => resultOf(f, index.get(f.ruleId)!, infos.get(f.ruleId)!)),
      },
    ],
  };
}

export const sarif: Reporter = (findings, ctx) => JSON.stringify(sarifLog(findings, ctx), null, 2) + "\n";
