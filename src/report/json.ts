// The JSON report, as fixed by the contract: { version: 1, findings: [...] }.
import type { Reporter } from "./reporter.js";
import { notesWithStatus as notes } from "./status.js";

export const json: Reporter = (findings) => {
  const out = findings.map((f) => ({
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: f.secret,
    fingerprint: f.fingerprint,
    severity: f.severity,
    message: f.message,
    ...(f.remediation !== undefined ? { remediation: f.remediation } : {}),
    ...(f.fixSteps && f.fixSteps.length > 0 ? { fixSteps: f.fixSteps } : {}),
    ...(notes(f).length > 0 ? { notes: notes(f) } : {}),
    ...(f.scope !== undefined ? { scope: f.scope } : {}),
    ...(f.commit !== undefined ? { commit: f.commit } : {}),
    ...(f.author !== undefined ? { author: f.author } : {}),
    ...(f.date !== undefined ? { date: f.date } : {}),
  }));
  return JSON.stringify({ version: 1, findings: out }, null, 2) + "\n";
};
