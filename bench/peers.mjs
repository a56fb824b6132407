#!/usr/bin/env node
// Recall and false positives on the examples other scanners ship for their own detectors
// (trufflehog's pattern tests, gitleaks' true/false positives, detect-secrets' and secretlint's
// fixtures). Those strings are the peers' test data, not ours: they are kept outside this
// repository, as JSON lines, and this script only measures against them.
//
//   node bench/peers.mjs [--misses] [--alarms] [--family NAME] CORPUS.jsonl|DIR...
//
// One JSON object per line: {"source": "trufflehog", "family": "abyssale", "name": "valid pattern",
// "input": "<text>", "want": ["<secret>", ...], "path": "optional/file/name.ext"}. An empty `want`
// is a negative: any finding on it is a false positive. A positive is found when a finding's
// secret overlaps one of the wanted strings (a peer's "want" may join an id and a secret).
// Each example is scanned as its own file by the real CLI (`leakproof dir`).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { ensureBuild, log, scanFindings } from "./common.mjs";

const args = process.argv.slice(2);
const showMisses = args.includes("--misses");
const showAlarms = args.includes("--alarms");
const famIdx = args.indexOf("--family");
const onlyFamily = famIdx >= 0 ? args[famIdx + 1] : undefined;
const inputs = args.filter((a, i) => !a.startsWith("--") && (famIdx < 0 || i !== famIdx + 1));
if (inputs.length === 0) {
  log("usage: node bench/peers.mjs [--misses] [--alarms] [--family NAME] CORPUS.jsonl|DIR...");
  process.exit(2);
}

function corpusFiles(p) {
  const abs = resolve(p);
  if (!existsSync(abs)) {
    log(`${p}: no such file or directory`);
    process.exit(2);
  }
  if (!statSync(abs).isDirectory()) return [abs];
  return readdirSync(abs)
    .filter((n) => n.endsWith(".jsonl"))
    .sort()
    .map((n) => join(abs, n));
}

const examples = [];
for (const file of inputs.flatMap(corpusFiles)) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        const e = JSON.parse(line);
        if (typeof e.input !== "string" || !Array.isArray(e.want)) throw new Error("needs input and want");
        if (onlyFamily === undefined || e.family === onlyFamily) examples.push(e);
      } catch (err) {
        log(`${file}:${i + 1}: skipped (${err.message})`);
      }
    });
}
if (examples.length === 0) {
  log("no examples");
  process.exit(2);
}

ensureBuild();
const root = mkdtempSync(join(tmpdir(), "leakproof-peers-"));
try {
  const pathOf = (e, i) => {
    // The peer's own file name when it gave one (gitleaks' fixtures), else neutral text.
    const name = typeof e.path === "string" && e.path !== "" ? e.path.replace(/^\/+/, "").replace(/\.\.\//g, "") : "";
    return join(`c${String(i).padStart(5, "0")}`, name || "case.txt");
  };
  examples.forEach((e, i) => {
    const file = join(root, pathOf(e, i));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, e.input);
  });
  const all = scanFindings(root, ["dir", "--no-ignore", "--no-redact", "."], "scan");
  const byCase = new Map();
  for (const f of all) {
    const c = f.file.split("/")[0];
    if (!byCase.has(c)) byCase.set(c, []);
    byCase.get(c).push(f);
  }

  const overlaps = (secret, want) => secret.length >= 6 && (want.includes(secret) || secret.includes(want));
  const tally = new Map();
  const row = (key) => {
    if (!tally.has(key)) tally.set(key, { pos: 0, found: 0, neg: 0, flagged: 0 });
    return tally.get(key);
  };
  const misses = [];
  const alarms = [];
  examples.forEach((e, i) => {
    const findings = byCase.get(`c${String(i).padStart(5, "0")}`) ?? [];
    for (const key of [`${e.source}`, `${e.source}/${e.family}`, "all"]) {
      const t = row(key);
      if (e.want.length > 0) {
        t.pos++;
        if (findings.some((f) => e.want.some((w) => overlaps(f.secret, w)))) t.found++;
      } else {
        t.neg++;
        if (findings.length > 0) t.flagged++;
      }
    }
    if (e.want.length > 0 && !findings.some((f) => e.want.some((w) => overlaps(f.secret, w)))) misses.push(e);
    if (e.want.length === 0 && findings.length > 0) alarms.push([e, findings]);
  });

  const mask = (s) => (s.length <= 8 ? s : `${s.slice(0, 4)}…${s.slice(-2)}`);
  if (showMisses)
    for (const e of misses)
      process.stdout.write(
        `MISS ${e.source}/${e.family} ${e.name ?? ""}: ${JSON.stringify(e.input.trim().slice(0, 300))}\n`,
      );
  if (showAlarms)
    for (const [e, fs] of alarms)
      process.stdout.write(
        `ALARM ${e.source}/${e.family} ${e.name ?? ""}: ${fs.map((f) => `${f.ruleId}=${mask(f.secret)}`).join(", ")} in ${JSON.stringify(e.input.trim().slice(0, 200))}\n`,
      );

  const pct = (a, b) => (b === 0 ? "   -  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  const families = [...tally.keys()].filter((k) => k.includes("/"));
  const familiesMissed = families.filter((k) => tally.get(k).pos > 0 && tally.get(k).found === 0);
  process.stdout.write(`\n${"source".padEnd(16)} ${"found".padStart(13)} ${"false positives".padStart(18)}\n`);
  for (const k of [...tally.keys()].filter((k) => !k.includes("/")).sort()) {
    const t = tally.get(k);
    process.stdout.write(
      `${k.padEnd(16)} ${pct(t.found, t.pos)} ${`${t.found}/${t.pos}`.padStart(6)}   ${pct(t.flagged, t.neg)} ${`${t.flagged}/${t.neg}`.padStart(8)}\n`,
    );
  }
  process.stdout.write(
    `families with no hit: ${familiesMissed.length} of ${families.filter((k) => tally.get(k).pos > 0).length}\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
