// Decided checks → findings in the shape every report takes: where (the assignment, or the
// production module's line 1 for a missing setting), Django's wording, why it holds (environment
// defaults, Django's own default, the version), and the line to write in the project's library.
import { fingerprint } from "../detect/fingerprint.js";
import { maskSecret } from "../report/mask.js";
import { setupFor } from "../remedy/setup.js";
import type { Finding } from "../types.js";
import { fixLine, importStep, type PythonLib } from "./advice.js";
import type { Outcome, SettingValue } from "./checks.js";
import type { Place } from "./facts.js";
import type { SettingsModule } from "./locate.js";
import { type Version, formatVersion } from "./version.js";
import { repr } from "./value.js";

export interface FindingContext {
  production: SettingsModule;
  /** The production module's text (imports the fix needs). */
  productionText: string;
  lib: PythonLib;
  version?: { version: Version; file: string };
  admin?: Place;
  /** Whether the production module has this name bound (`os`, `env`, `config`, maybe by a star import). */
  bound(name: string): boolean;
}

/** A line `leakproof django --fix` may add to the production module: a missing setting, marked safe in the data. */
export interface Addition {
  file: string;
  line: string;
}

export function toFinding(o: Outcome, ctx: FindingContext): { finding: Finding; addition?: Addition } {
  const { check, subject } = o;
  const b = subject.binding;
  const admin = check.when.some((t) => "fact" in t && t.fact === "admin-default-url") ? ctx.admin : undefined;
  const place: Place = admin ??
    b ?? { file: ctx.production.file, line: 1, column: 1, lineText: firstLine(ctx.productionText) };
  const notes: string[] = [];
  if (admin) notes.push(`${check.setting} is ${shown(subject)}`);
  else if (!b)
    notes.push(`${check.setting} is not set in ${ctx.production.module}: Django's default is ${shown(subject)}`);
  else if (b && !check.setting.startsWith("SECRET_KEY") && !place.lineText.includes(repr(subject.value)))
    notes.push(`${check.setting} is ${shown(subject)} in production`);
  for (const s of o.basis) {
    const env = s.value.env ?? [];
    if (env.length === 0) continue;
    const vars = env.join(", ");
    notes.push(
      `${s.name} is read from the environment (${vars}): production gets ${shown(s)} unless ${env.length === 1 ? "it sets" : "it sets one of"} ${vars}`,
    );
  }
  if ((check.since || check.until) && ctx.version)
    notes.push(
      `applies to Django ${[check.since ? `${formatVersion(check.since)}+` : "", check.until ? `before ${formatVersion(check.until)}` : ""].filter(Boolean).join(", ")} (${ctx.version.file} pins ${formatVersion(ctx.version.version)})`,
    );

  const existingVar = subject.value.env?.length === 1 ? subject.value.env[0] : undefined;
  const line = fixLine(check.setting, check.fix, ctx.lib, check.fix?.env === "bool" ? existingVar : undefined);
  const steps: string[] = [];
  if (line) {
    if (place.file !== ctx.production.file && check.fix?.line === undefined)
      steps.push(`Write it in ${ctx.production.file}, which production loads (it overrides ${place.file}).`);
    else if (!b && check.fix?.line === undefined) steps.push(`Add it to ${ctx.production.file}.`);
    const uses = /\b(os|env|config)[.(]/.exec(line)?.[1];
    if (uses && !ctx.bound(uses)) {
      const setup = setupFor("python", ctx.productionText, {}, ctx.lib);
      if (setup) steps.push(setup.step);
    }
    const imp = importStep(line, ctx.lib, ctx.productionText);
    if (imp) steps.push(imp);
  }
  steps.push(...check.steps);

  const secret = check.setting.startsWith("SECRET_KEY") ? keyText(subject) : "";
  // A finding's span is its secret where it carries one (a weak key written in the line), else the setting's name.
  const at = secret ? place.lineText.indexOf(secret) : -1;
  const span =
    at >= 0
      ? { column: at + 1, endColumn: at + 1 + secret.length }
      : { column: place.column, endColumn: place.column + (b && !secret ? check.setting.length : 0) };
  const finding: Finding = {
    ruleId: check.id,
    file: place.file,
    line: place.line,
    column: span.column,
    endLine: place.line,
    endColumn: span.endColumn,
    secret,
    lineText: place.lineText,
    name: check.setting,
    fingerprint: fingerprint(check.id, place.file, check.setting),
    severity: check.severity,
    message: check.django ? `${check.django}: ${check.message}` : check.message,
    ...(line ? { remediation: line } : {}),
    ...(steps.length > 0 ? { fixSteps: steps } : {}),
    notes,
  };
  const safe = !b && !admin && check.autofix === true && line !== undefined && check.fix?.line === undefined;
  return safe ? { finding, addition: { file: ctx.production.file, line } } : { finding };
}

/** A value for a note; a key's value is masked like any secret (notes are not masked later). */
function shown(s: SettingValue): string {
  if (s.name.startsWith("SECRET_KEY") && s.value.t === "str") return `"${maskSecret(s.value.v)}"`;
  if (s.name.startsWith("SECRET_KEY") && s.value.t !== "none") return "a hardcoded value";
  return repr(s.value);
}

/** The key a W009/W025 finding is about: kept in the finding (masked by the report) like any secret. */
function keyText(s: SettingValue): string {
  if (s.value.t === "str") return s.value.v;
  return "";
}

function firstLine(text: string): string {
  const i = text.indexOf("\n");
  return (i === -1 ? text : text.slice(0, i)).replace(/\r$/, "");
}
