// Redaction is a pipeline step, on by default, so no reporter can forget it. Every string a
// finding carries is masked against every secret found in the report, not only its own: two
// secrets on one line must not print each other whole (one's fix line holds the other).
import { DECODED_NOTE } from "../detect/decode.js";
import type { Finding } from "../types.js";

/** Keeps at most the first 4 characters (fewer for short secrets), then "…". */
export function maskSecret(secret: string): string {
  const keep = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, keep)}…`;
}

/** Secrets of at least this length are found through their first PREFIX characters (one Map lookup per position). */
const PREFIX = 8;

/**
 * Replaces every occurrence of any of a set of secrets in a string by its mask, in time linear in
 * the string (not in the number of secrets): each position looks up the secrets that start with
 * the next PREFIX characters. The longest secret starting at a position wins.
 */
export class Masker {
  /**
   * Secrets by their first PREFIX characters, then by length (longest first): many secrets share a
   * prefix ("django-insecure-", "ghp_"), and one lookup per length keeps each position's work
   * independent of how many secrets there are.
   */
  private readonly byPrefix = new Map<string, Array<{ length: number; secrets: Set<string> }>>();
  /** Secrets shorter than PREFIX: few (rules ask for longer), checked one by one. */
  private readonly short: string[] = [];

  constructor(secrets: Iterable<string>) {
    for (const s of new Set(secrets)) {
      if (s.length === 0) continue;
      if (s.length < PREFIX) this.short.push(s);
      else {
        const k = s.slice(0, PREFIX);
        let list = this.byPrefix.get(k);
        if (!list) this.byPrefix.set(k, (list = []));
        let group = list.find((g) => g.length === s.length);
        if (!group) list.push((group = { length: s.length, secrets: new Set() }));
        group.secrets.add(s);
      }
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
    this.short.sort((a, b) => b.length - a.length);
  }

  mask(text: string): string {
    if (this.byPrefix.size === 0 && this.short.length === 0) return text;
    // Occurrences as [start, end, secret], found left to right; overlapping ones are skipped.
    let out = "";
    let copied = 0;
    const shortHits = this.shortHits(text);
    for (let i = 0; i < text.length;) {
      let hit: string | undefined;
      if (this.byPrefix.size > 0 && i + PREFIX <= text.length) {
        const list = this.byPrefix.get(text.slice(i, i + PREFIX));
        if (list) {
          for (const g of list) {
            const candidate = text.slice(i, i + g.length);
            if (g.secrets.has(candidate)) {
              hit = candidate;
              break;
            }
          }
        }
      }
      const sh = shortHits.get(i);
      if (sh !== undefined && (hit === undefined || sh.length > hit.length)) hit = sh;
      if (hit === undefined) {
        i++;
        continue;
      }
      out += text.slice(copied, i) + maskSecret(hit);
      i += hit.length;
      copied = i;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  /** Where each short secret starts (the longest at a position). */
  private shortHits(text: string): Map<number, string> {
    const hits = new Map<number, string>();
    for (const s of this.short) {
      for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) {
        const prev = hits.get(i);
        if (prev === undefined || prev.length < s.length) hits.set(i, s);
      }
    }
    return hits;
  }
}

/** One finding, masked against its own secret only (use maskFindings for a report). */
export function maskFinding(f: Finding): Finding {
  return maskWith(f, new Masker([f.secret]));
}

/** One finding with every string it carries masked (its location fields are not secrets). */
function maskWith(f: Finding, masker: Masker): Finding {
  const m = (s: string) => masker.mask(s);
  const out: Finding = {
    ...f,
    // A finding about a setting (Django's deployment checks) carries no secret.
    secret: f.secret === "" ? "" : maskSecret(f.secret),
    lineText: m(f.lineText),
    message: m(f.message),
    notes: f.notes.map(m),
  };
  if (f.remediation !== undefined) out.remediation = m(f.remediation);
  if (f.fixSteps !== undefined) out.fixSteps = f.fixSteps.map(m);
  if (f.name !== undefined) out.name = m(f.name);
  if (f.author !== undefined) out.author = m(f.author);
  return out;
}

/**
 * The value as the file writes it, where that differs from the secret: a secret found inside a
 * decoded value (base64, %-escapes) is written encoded, and the encoded text is as good as whole.
 */
function asWritten(f: Finding): string | undefined {
  // Only decoded findings are written otherwise; others (a Django check's finding spans the setting's
  // name) would mask ordinary words.
  if (!f.notes.some((n) => n.startsWith(DECODED_NOTE)) || f.line !== f.endLine) return undefined;
  let w = f.lineText.slice(f.column - 1, f.endColumn - 1);
  if (w.length >= 2 && `"'\``.includes(w[0]!) && w.endsWith(w[0]!)) w = w.slice(1, -1);
  return w.length >= 8 && w !== f.secret ? w : undefined;
}

/** The masking step: every finding's strings against every secret the report holds, as found and as written. */
export function maskFindings(findings: readonly Finding[]): { findings: Finding[]; masker: Masker } {
  const masker = new Masker(findings.flatMap((f) => [f.secret, asWritten(f) ?? ""]));
  return { findings: findings.map((f) => maskWith(f, masker)), masker };
}
