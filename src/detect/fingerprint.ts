// A finding's identity: rule, normalized path and the secret. Never the line or the commit, so it
// survives code moving and history rewrites.
//
// Two forms. `fingerprint` (a fast SHA-256) is the identity inside one run (grouping, de-duplication)
// and the format of version-1 baselines; it is never printed any more: an unsalted fast hash of a
// weak secret is guessed by hashing a dictionary (a 192-word list recovered an 11-character
// password). `publicFingerprint` is what reports and baselines carry: scrypt, so each guess costs
// real work, salted with the rule and the path, so no table computed once serves every repository.
// The salt is fixed and documented (no per-install key), so a baseline matches on every machine:
//   scrypt(secret, "leakproof fingerprint v2\0" + ruleId + "\0" + path, N=2^10, r=8, p=1) → 16 bytes, hex
// Each distinct (rule, path, secret) is hashed once per run.
import { createRequire } from "node:module";
import type { Finding } from "../types.js";

// node:crypto is loaded by the first hash: loading it costs every start ~1.5 ms, and a clean commit hashes nothing.
const load = createRequire(import.meta.url);
let loaded: typeof import("node:crypto") | undefined;
const crypto = () => (loaded ??= load("node:crypto") as typeof import("node:crypto"));

export function fingerprint(ruleId: string, path: string, secret: string): string {
  const { createHash } = crypto();
  const secretHash = createHash("sha256").update(secret).digest("hex");
  return createHash("sha256")
    .update(`${ruleId}\0${normalizePath(path)}\0${secretHash}`)
    .digest("hex")
    .slice(0, 32);
}

export function normalizePath(path: string): string {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

export const PUBLIC_SALT = "leakproof fingerprint v2";
/** 1 MiB and ~2-10 ms a hash: a dictionary attack pays that per word and per finding, ~10^4 times a SHA-256. */
export const SCRYPT = { N: 1024, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const LENGTH = 16;

/** By the fast fingerprint (which covers rule, path and secret). */
const cache = new Map<string, string>();

function salt(ruleId: string, path: string): string {
  return `${PUBLIC_SALT}\0${ruleId}\0${normalizePath(path)}`;
}

export function publicFingerprint(ruleId: string, path: string, secret: string): string {
  const key = fingerprint(ruleId, path, secret);
  let fp = cache.get(key);
  if (fp === undefined) {
    fp = crypto().scryptSync(secret, salt(ruleId, path), LENGTH, SCRYPT).toString("hex");
    cache.set(key, fp);
  }
  return fp;
}

/** The findings with their public fingerprints, hashed in parallel (libuv's pool) for large reports. */
export async function withPublicFingerprints(findings: readonly Finding[]): Promise<Finding[]> {
  const todo = new Map<string, Finding>();
  for (const f of findings) {
    const key = fingerprint(f.ruleId, f.file, f.secret);
    if (!cache.has(key)) todo.set(key, f);
  }
  await Promise.all(
    [...todo].map(
      ([key, f]) =>
        new Promise<void>((resolve, reject) =>
          crypto().scrypt(f.secret, salt(f.ruleId, f.file), LENGTH, SCRYPT, (err, out) => {
            if (err) reject(err);
            else {
              cache.set(key, out.toString("hex"));
              resolve();
            }
          }),
        ),
    ),
  );
  return findings.map((f) => ({ ...f, fingerprint: publicFingerprint(f.ruleId, f.file, f.secret) }));
}
