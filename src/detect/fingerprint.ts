// A finding's identity for baselines: rule, normalized path and a hash of the secret.
// Never the line or the commit, so it survives code moving and history rewrites.
import { createHash } from "node:crypto";

export function fingerprint(ruleId: string, path: string, secret: string): string {
  const secretHash = createHash("sha256").update(secret).digest("hex");
  return createHash("sha256")
    .update(`${ruleId}\0${normalizePath(path)}\0${secretHash}`)
    .digest("hex")
    .slice(0, 32);
}

export function normalizePath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
