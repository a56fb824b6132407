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
/** Hashes under way in libuv's pool (startPublicFingerprint), by the same key. */
const pending = new Map<string, Promise<string>>();

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

/** Hashes a public fingerprint in libuv's pool; the result is cached when it settles. */
function hashInPool(key: string, f: Pick<Finding, "ruleId" | "file" | "secret">): Promise<string> {
  const hashed = new Promise<string>((resolve, reject) =>
    crypto().scrypt(f.secret, salt(f.ruleId, f.file), LENGTH, SCRYPT, (err, out) => {
      if (err) reject(err);
      else resolve(out.toString("hex"));
    }),
  );
  const tracked = hashed
    .then((fp) => {
      cache.set(key, fp);
      return fp;
    })
    .finally(() => pending.delete(key));
  pending.set(key, tracked);
  return tracked;
}

/**
 * Starts a finding's public fingerprint as soon as it is found, so that a long scan (history) does
 * not hash every finding at its end (~2 ms of CPU each, ~0.5 s for 450 findings on two cores).
 * A failure is reported by withPublicFingerprints, if the finding is reported at all.
 */
export function startPublicFingerprint(f: Pick<Finding, "ruleId" | "file" | "secret">): void {
  const key = fingerprint(f.ruleId, f.file, f.secret);
  if (!cache.has(key) && !pending.has(key)) hashInPool(key, f).catch(() => undefined);
}

/** The findings with their public fingerprints, hashed in parallel (libuv's pool) for large reports. */
export async function withPublicFingerprints(findings: readonly Finding[]): Promise<Finding[]> {
  const todo = new Map<string, Promise<string>>();
  for (const f of findings) {
    const key = fingerprint(f.ruleId, f.file, f.secret);
    if (!cache.has(key) && !todo.has(key)) todo.set(key, pending.get(key) ?? hashInPool(key, f));
  }
  await Promise.all(todo.values());
  return findings.map((f) => ({ ...f, fingerprint: publicFingerprint(f.ruleId, f.file, f.secret) }));
}
