// Property-based tests over the whole pipeline (issue 11, scope 6): random bytes, encodings, line
// lengths and file names, with real-looking secrets planted at random places. Through the real
// CLI: never a crash (exit 0 or 1, no "internal error"), never a whole secret in any format
// (text, json, sarif, github and its step summary). In process: the cost of detect → remedies →
// masking → every reporter grows about linearly with the input (CPU-time ratios, never a time).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDetector } from "../../src/detect/detect.js";
import { loadRuleDir } from "../../src/rules/load.js";
import { applyRemedies } from "../../src/remedy/remedy.js";
import { maskFindings } from "../../src/report/mask.js";
import { json } from "../../src/report/json.js";
import { sarif } from "../../src/report/sarif.js";
import { github, summary } from "../../src/report/github.js";
import { text } from "../../src/report/text.js";
import { leakproof } from "../support/cli.js";
import { fake, randomString, rng } from "../support/fake.js";
import { tempDir } from "../support/tmp.js";

/** Secrets of several rules, built at run time; some sit two to a line. */
const PLANTS: Array<(next: () => number) => { line: string; secrets: string[] }> = [
  (n) => {
    const s = fake("gh", "p_", randomString(36, "alnum", n));
    return { line: `export GITHUB_TOKEN=${s}`, secrets: [s] };
  },
  (n) => {
    const id = fake("AK", "IA", randomString(16, "upperalnum", n));
    const secret = randomString(40, "alnum", n);
    return { line: `aws = dict(aws_access_key_id="${id}", aws_secret_access_key="${secret}")`, secrets: [id, secret] };
  },
  (n) => {
    const s = "django-insecure-" + randomString(50, "loweralnum", n);
    return { line: `SECRET_KEY = '${s}'`, secrets: [s] };
  },
  (n) => {
    const s = fake("sk", "_live_", randomString(24, "alnum", n));
    const t = fake("xo", "xb-", randomString(11, "digit", n), "-", randomString(24, "alnum", n));
    return { line: `STRIPE=${s} SLACK=${t}`, secrets: [s, t] };
  },
  (n) => {
    const body = Array.from({ length: 5 }, () => randomString(64, "base64", n));
    const s = ["-----BEGIN RSA PRIVATE KEY-----", ...body, "-----END RSA PRIVATE KEY-----"].join("\n");
    return { line: s, secrets: body };
  },
];

interface FileSpec {
  name: string;
  encoding: "utf8" | "utf16le" | "utf16be" | "latin1";
  chunks: Array<
    | { kind: "bytes"; bytes: Uint8Array }
    | { kind: "text"; text: string }
    | { kind: "plant"; which: number; seed: number }
    | { kind: "long"; length: number; seed: number }
  >;
}

const nameArb = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[/\0]/g, "_"))
  .filter((s) => s !== "." && s !== ".." && Buffer.byteLength(s) < 200);

const chunkArb = fc.oneof(
  fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 300 }) }),
  fc.record({ kind: fc.constant("text" as const), text: fc.string({ unit: "grapheme", maxLength: 200 }) }),
  fc.record({ kind: fc.constant("plant" as const), which: fc.nat(PLANTS.length - 1), seed: fc.nat() }),
  fc.record({ kind: fc.constant("long" as const), length: fc.integer({ min: 1000, max: 20_000 }), seed: fc.nat() }),
);

const fileArb: fc.Arbitrary<FileSpec> = fc.record({
  name: nameArb,
  encoding: fc.constantFrom("utf8", "utf16le", "utf16be", "latin1"),
  chunks: fc.array(chunkArb, { minLength: 1, maxLength: 8 }),
});

/** A long line: keywords of many rules, separators and random runs, so regexes get work. */
function longLine(length: number, next: () => number): string {
  const words = [
    "password=",
    "token: ",
    "secret_key=",
    "AKIA",
    "pwd=",
    " Host=a",
    "-----BEGIN ",
    "ghp_",
    "api_key",
    "://u:",
    "@",
  ];
  let s = "";
  while (s.length < length)
    s += words[Math.floor(next() * words.length)]! + randomString(1 + Math.floor(next() * 30), "alnum", next);
  return s.slice(0, length);
}

function render(f: FileSpec): { bytes: Buffer; secrets: string[] } {
  const secrets: string[] = [];
  const parts: Array<string | Buffer> = [];
  for (const c of f.chunks) {
    if (c.kind === "bytes") parts.push(Buffer.from(c.bytes));
    else if (c.kind === "text") parts.push(c.text);
    else if (c.kind === "long") parts.push(longLine(c.length, rng(c.seed)));
    else {
      const p = PLANTS[c.which]!(rng(c.seed));
      secrets.push(...p.secrets);
      parts.push(`\n${p.line}\n`);
    }
  }
  const enc = (s: string): Buffer =>
    f.encoding === "utf8"
      ? Buffer.from(s, "utf8")
      : f.encoding === "latin1"
        ? Buffer.from(s, "latin1")
        : f.encoding === "utf16le"
          ? Buffer.from(s, "utf16le")
          : Buffer.from(s, "utf16le").swap16();
  const body = Buffer.concat(parts.map((p) => (typeof p === "string" ? enc(p) : p)));
  const bom = f.encoding === "utf16le" ? [0xff, 0xfe] : f.encoding === "utf16be" ? [0xfe, 0xff] : [];
  return { bytes: Buffer.concat([Buffer.from(bom), body]), secrets };
}

describe("the whole pipeline on random input", () => {
  it("never crashes and never prints a whole secret, in any format", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fileArb, { minLength: 1, maxLength: 3, selector: (f) => f.name }), (files) => {
        const dir = tempDir();
        const secrets: string[] = [];
        for (const f of files) {
          const r = render(f);
          secrets.push(...r.secrets);
          writeFileSync(join(dir, f.name), r.bytes);
        }
        const summaryFile = join(tempDir(), "summary.md");
        for (const format of ["text", "json", "sarif", "github"]) {
          const r = leakproof(["dir", "--format", format], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summaryFile } });
          expect(r.stderr).not.toContain("internal error");
          expect([0, 1], r.stderr).toContain(r.code);
          if (format === "json" || format === "sarif") JSON.parse(r.stdout);
          const shown = r.stdout + r.stderr + (format === "github" ? safeRead(summaryFile) : "");
          for (const s of secrets) expect(shown.includes(s), `a whole secret in --format ${format}`).toBe(false);
        }
      }),
      { numRuns: 5 },
    );
  }, 300_000);
});

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

describe("cost grows linearly with the input", () => {
  const set = loadRuleDir();
  const detector = createDetector(set);
  const rules = new Map(set.rules.map((r) => [r.id, r]));
  const ctx = { rules, toolVersion: "0", color: false, notes: [] };

  /** CPU µs of the pipeline after the source, on one text: the best of two runs. */
  function cost(textIn: string): number {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const t = process.cpuUsage();
      const found = detector.detect({ path: "config/settings.py", text: textIn, startLine: 1 });
      const remedied = applyRemedies(found, rules, { project: {}, fileText: () => textIn });
      const { findings } = maskFindings(remedied);
      for (const r of [text, json, sarif, github]) r(findings, ctx);
      summary(findings);
      const d = process.cpuUsage(t);
      best = Math.min(best, d.user + d.system);
    }
    return best;
  }

  it("on lines up to several MB, with secrets in them", () => {
    fc.assert(
      fc.property(fc.nat(), fc.boolean(), (seed, newlines) => {
        const make = (size: number) => {
          const next = rng(seed);
          let s = "";
          while (s.length < size) {
            s += longLine(newlines ? 2000 : 50_000, next);
            s += newlines ? "\n" : " ";
            if (next() < 0.3) s += PLANTS[Math.floor(next() * PLANTS.length)]!(next).line + (newlines ? "\n" : " ");
          }
          return s;
        };
        const small = cost(make(1 << 20));
        const large = cost(make(4 << 20));
        // 4× the input: about 4× the work; 16× would be quadratic.
        expect(large / Math.max(small, 1000), `1 MB ${small} µs, 4 MB ${large} µs`).toBeLessThan(4 * 2.5);
      }),
      { numRuns: 2 },
    );
  }, 300_000);
});
