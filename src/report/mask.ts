// Redaction is a pipeline step, on by default, so no reporter can forget it.
import type { Finding } from "../types.js";

/** Keeps at most the first 4 characters (fewer for short secrets), then "…". */
export function maskSecret(secret: string): string {
  const keep = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}…`;
}

export function maskFinding(f: Finding): Finding {
  const masked = maskSecret(f.secret);
  return {
    ...f,
    secret: masked,
    lineText: f.lineText.split(f.secret).join(masked),
    ...(f.remediation !== undefined ? { remediation: f.remediation.split(f.secret).join(masked) } : {}),
  };
}
