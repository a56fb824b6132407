// Properties of fix over generated settings files (fast-check): it never changes a line other than
// the ones it reports, never loses a value, is idempotent, and what it writes still parses.
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines } from "../../src/remedy/unified.js";
import { parseDotenv } from "../../src/remedy/dotenv.js";
import type { FixPlan } from "../../src/remedy/plan.js";
import type { ProjectLibs } from "../../src/remedy/project.js";
import { CLASSES } from "../support/fake.js";
import { after, findingsIn, plan } from "./support.js";

const PATH = "mysite/settings.py";
const DJANGO = [...CLASSES.django!];

/** A key: startproject's, or a plain random one (django-secret-key). */
const key = fc.oneof(
  fc.string({ unit: fc.constantFrom(...DJANGO), minLength: 50, maxLength: 50 }).map((s) => "django-" + "insecure-" + s),
  fc.string({ unit: fc.constantFrom(...DJANGO), minLength: 50, maxLength: 50 }),
);

/** Lines holding a key ({k}), as settings files write them; some fix cannot rewrite (a comment). */
const SECRET_LINES = [
  "SECRET_KEY = '{k}'",
  'SECRET_KEY = "{k}"',
  "SECRET_KEY = r'{k}'",
  'SECRET_KEY = os.getenv("SECRET_KEY", "{k}")',
  "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '{k}')",
  'SECRET_KEY = os.environ.get("SECRET_KEY") or "{k}"',
  "SECRET_KEY = config('SECRET_KEY', default='{k}')",
  "SECRET_KEY_FALLBACKS = ['{k}']",
  "# previous key: {k}",
  "SECRET_KEY = '{k}'  # dev only",
];
const PLAIN_LINES = [
  "",
  "DEBUG = True",
  "ALLOWED_HOSTS = []",
  "# SECURITY WARNING: keep the secret key used in production secret!",
  "TIME_ZONE = 'UTC'",
  "X = 'short'",
  "USE_TZ = True",
];
const HEADERS = [
  "",
  '"""\nDjango settings for mysite project.\n"""\n\n',
  "from __future__ import annotations\n",
  "import os\n",
  "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n",
  "import sys, os\n",
  "from django.utils.translation import (\n    gettext_lazy as _,\n)\nimport json\n",
  "import environ\n\nenv = environ.Env()\n",
  "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n'''Settings.'''\n",
];

type Line =
  | { kind: "plain"; text: string }
  | { kind: "secret"; template: string; key: number }
  | { kind: "dict"; key: number; indent: string };

const line: fc.Arbitrary<Line> = fc.oneof(
  fc.constantFrom(...PLAIN_LINES).map((text) => ({ kind: "plain" as const, text })),
  fc.record({ kind: fc.constant("secret" as const), template: fc.constantFrom(...SECRET_LINES), key: fc.nat(2) }),
  fc.record({ kind: fc.constant("dict" as const), key: fc.nat(2), indent: fc.constantFrom("    ", "\t", "  ") }),
);

const settings = fc.record({
  header: fc.constantFrom(...HEADERS),
  lines: fc.array(line, { minLength: 1, maxLength: 12 }),
  keys: fc.tuple(key, key, key),
  /** Per line: "\n" or "\r\n" (mixed endings stay mixed). */
  crlf: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  finalNewline: fc.boolean(),
  libs: fc.constantFrom<ProjectLibs>(
    {},
    { python: "django-environ" },
    { python: "python-decouple" },
    { python: "environs" },
  ),
});

function render(s: {
  header: string;
  lines: Line[];
  keys: [string, string, string];
  crlf: boolean[];
  finalNewline: boolean;
  libs: ProjectLibs;
}): string {
  const out: string[] = s.header === "" ? [] : s.header.replace(/\n$/, "").split("\n");
  for (const l of s.lines) {
    if (l.kind === "plain") out.push(l.text);
    else if (l.kind === "secret") out.push(l.template.replace("{k}", () => s.keys[l.key]!));
    else out.push("CONF = {", `${l.indent}'SECRET_KEY': '${s.keys[l.key]!}',`, `${l.indent}'DEBUG': True,`, "}");
  }
  let text = "";
  out.forEach((l, i) => {
    const last = i === out.length - 1;
    text += l + (last && !s.finalNewline ? "" : s.crlf[i % s.crlf.length] ? "\r\n" : "\n");
  });
  return text;
}

/** Setup lines fix may add (imports, env = …); nothing else may appear. */
const SETUP_LINE =
  /^(?:import (?:os|environ)|from (?:decouple import config|environs import Env)|env = (?:environ\.)?Env\(\)|env\.read_env\(\)|)$/;

function checkPlan(before: string, p: FixPlan): void {
  const file = p.files[0]!;
  const found = findingsIn(PATH, before);
  // Every finding is accounted for: fixed or reported as not fixable.
  expect(file.fixed.length + file.unfixed.length).toBe(found.length);
  const now = file.after;

  // 1. Only reported lines change: removed lines are exactly the fixed findings' lines; added lines
  //    are their rewrites and set-up lines. Line endings of kept lines are the same.
  const withEol = (t: string) => t.split(/(?<=\n)/).filter((l) => l !== "");
  const ops = diffLines(withEol(before), withEol(now));
  const oldLines = withEol(before);
  const fixedLines = new Set(file.fixed.map((x) => x.finding.line));
  let oldNo = 0;
  const removed: number[] = [];
  const added: string[] = [];
  for (const [t, l] of ops) {
    if (t !== "+") oldNo++;
    if (t === "-") removed.push(oldNo);
    if (t === "+") added.push(l.replace(/\r?\n$/, ""));
  }
  expect(new Set(removed)).toEqual(fixedLines);
  const rewrites = added.filter((l) => !SETUP_LINE.test(l));
  expect(rewrites).toHaveLength(fixedLines.size);
  for (const n of fixedLines) {
    const old = oldLines[n - 1]!;
    const eol = old.endsWith("\r\n") ? "\r\n" : old.endsWith("\n") ? "\n" : "";
    // The rewritten line (at its new place: after the lines inserted before it) keeps the old
    // one's ending and indentation.
    let shift = 0;
    for (const [at, add] of file.edits.insert) if (at <= n - 1) shift += add.length;
    const rewritten = withEol(now)[n - 1 + shift]!;
    expect(rewritten.replace(/\r?\n$/, "")).toBe(file.edits.replace.get(n - 1));
    expect(rewritten.slice(rewritten.replace(/\r?\n$/, "").length)).toBe(eol);
    expect(rewritten.match(/^\s*/)![0].replace(/\r?\n$/, "")).toBe(old.match(/^\s*/)![0].replace(/\r?\n$/, ""));
  }

  // 2. No value is lost: a fixed value is in .env under the name the line now reads; an unfixed one is still in the file.
  const env = parseDotenv(after(p, ".env"));
  for (const x of file.fixed) {
    expect(env.get(x.envVar)).toBe(x.finding.secret);
    expect(file.edits.replace.get(x.finding.line - 1)).toContain(x.envVar);
  }
  for (const u of file.unfixed) expect(now).toContain(u.finding.secret);
  for (const f of findingsIn(PATH, now)) expect(file.unfixed.some((u) => u.finding.secret === f.secret)).toBe(true);
}

describe("fix over generated settings files", () => {
  it("never touches an unreported line, never loses a value, and is idempotent", () => {
    const outputs: string[] = [];
    const stats = { fixed: 0, conflicts: 0 };
    fc.assert(
      fc.property(settings, (s) => {
        const before = render(s);
        const p = plan({ files: { [PATH]: before }, libs: s.libs });
        // Two values both read under one name (two fallbacks for SECRET_KEY): fix stops, writes nothing.
        stats.fixed += p.files[0]!.fixed.length;
        if (p.conflicts.length > 0) stats.conflicts++;
        if (p.conflicts.length > 0) {
          expect(p.conflicts.join()).toMatch(/both read as|already set/);
          return;
        }
        checkPlan(before, p);
        // 3. Idempotent: on the fixed project, nothing more to do.
        const other: Record<string, string> = {};
        for (const a of p.aux) other[a.path] = a.after;
        const again = plan({ files: { [PATH]: p.files[0]!.after }, other, libs: s.libs });
        expect(again.files[0]!.after).toBe(p.files[0]!.after);
        expect(again.files[0]!.fixed).toEqual([]);
        expect(again.entries).toEqual([]);
        expect(again.aux).toEqual([]);
        expect(again.conflicts).toEqual([]);
        outputs.push(before, p.files[0]!.after);
      }),
      { numRuns: Number(process.env.FIX_RUNS ?? 300) },
    );
    // The generator does exercise fixing (not only conflicts and unfixable lines).
    expect(stats.fixed).toBeGreaterThan(300);
    expect(outputs.length).toBeGreaterThan(100);
    parsesAsPython(outputs);
  });
});

/** Every text parses as Python (one python3 for all of them); skipped when python3 is absent. */
function parsesAsPython(texts: string[]): void {
  const script =
    "import ast, json, sys\nfor i, t in enumerate(json.load(sys.stdin)):\n    try:\n        ast.parse(t)\n    except SyntaxError as e:\n        print(i, e)\n";
  const r = spawnSync("python3", ["-c", script], { input: JSON.stringify(texts), encoding: "utf8" });
  if (r.error) return; // no python3 on this machine
  expect(r.status, r.stderr).toBe(0);
  const bad = r.stdout.trim();
  expect(bad, bad ? texts[Number(bad.split(" ")[0])] : "").toBe("");
}
