// leakproof fix [PATH...]: rewrites hardcoded secrets to read the environment, moves the values
// into .env (ignored by git) and names them in .env.example. Default scope: the staged files with
// findings (as `leakproof staged` sees them); PATHs: those files on disk; --staged: stage the result.
// Scan → plan (src/fix/plan.ts, pure) → diff → confirm → write (src/fix/apply.ts) → stage.
import { createReadStream, openSync, closeSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { join, relative, sep } from "node:path";
import { readBaseline } from "../../baseline/baseline.js";
import { createDetector, type Detector } from "../../detect/detect.js";
import { GitError, gitSync, gitText } from "../../git/exec.js";
import { workTreeRoot } from "../../git/repo.js";
import { findRoot } from "../../git/root.js";
import { scanStaged } from "../../git/staged.js";
import { detectProject, type ProjectLibs } from "../../remedy/project.js";
import { kindOf } from "../../remedy/language.js";
import { maskSecret } from "../../report/mask.js";
import { decodeText } from "../../sources/decode.js";
import { dirFiles, type Skip } from "../../sources/dir.js";
import { ignoredPaths } from "../../sources/ignorefile.js";
import type { Finding } from "../../types.js";
import { ChangedError, hashOf, snapshot, writeAtomic } from "../../fix/apply.js";
import { unifiedDiff } from "../../fix/diff.js";
import { decodeExact, encode, type Encoding } from "../../fix/encoding.js";
import { envReads, type EnvRead } from "../../fix/names.js";
import { planFix, type FixFile, type FixPlan, type Unfixed } from "../../fix/plan.js";
import { EXIT, UsageError } from "../errors.js";
import { repoPath } from "../paths.js";
import type { Options } from "../main.js";
import { setup, type Setup } from "../scan.js";
import { skipNotes } from "../skips.js";

/** Files read for the names the project already uses: at most this many, this large. */
const READS_MAX_FILES = 20000;
const READS_MAX_BYTES = 1048576;

interface Source {
  /** Repository-relative POSIX path. */
  path: string;
  abs: string;
  /** The bytes scanned (the staged blob, equal to the working tree file). */
  bytes: Buffer;
  findings: Finding[];
}

interface Scope {
  root: string;
  s: Setup;
  inGit: boolean;
  sources: Source[];
  /** Findings fix leaves alone before planning, with why (unstaged edits, an encoding it cannot keep). */
  left: Unfixed[];
}

// A git failure is a GitError: reported as an error (exit 2).
export async function run(opts: Options): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const say = (s: string) => process.stderr.write(`leakproof: ${s}\n`);
  const cwd = process.cwd();
  const stagedScope = opts.values.staged === true || opts.positionals.length === 0;
  const scope = stagedScope ? await stagedSources(cwd, opts) : dirSources(cwd, opts);
  const { root, inGit } = scope;
  if (scope.sources.length === 0 && scope.left.length === 0) {
    out("leakproof: no secrets found, nothing to fix\n");
    return EXIT.clean;
  }

  const project = detectProject(root);
  const texts = new Map<string, { text: string; encoding: Encoding }>();
  const files: FixFile[] = [];
  for (const src of scope.sources) {
    const d = decodeExact(src.bytes);
    if (!d) {
      for (const f of src.findings)
        scope.left.push({
          finding: f,
          reason: "leakproof fix cannot write this file back in its own encoding: move the value by hand",
        });
      continue;
    }
    texts.set(src.path, d);
    files.push({ path: src.path, text: d.text, findings: src.findings });
  }
  const aux = new AuxFiles(root);
  const tracked = trackedPaths(root, inGit);
  const ruleById = scope.s.ruleById;
  const reads = projectReads(root, inGit, new Set(files.map((f) => f.path)), texts);
  const plan = planFix({ files, rules: ruleById, project, reads, existing: (p) => aux.text(p), tracked });
  const unfixed = [...scope.left, ...plan.files.flatMap((f) => f.unfixed)];

  // What fix leaves, and why.
  for (const u of unfixed) {
    const f = u.finding;
    out(`${f.file}:${f.line}:${f.column}  ${f.ruleId}  not fixable automatically: ${u.reason}\n`);
  }
  if (plan.conflicts.length > 0) {
    for (const c of plan.conflicts) say(`error: ${c}`);
    say(
      "nothing was written. Resolve the above (e.g. use the .env value, or give the variable another name by hand), then run leakproof fix again.",
    );
    return EXIT.error;
  }
  const changedFiles = plan.files.filter((f) => f.fixed.length > 0);
  if (changedFiles.length === 0) {
    if (unfixed.length > 0) say(`${count(unfixed.length, "secret")} left to fix by hand (see above)`);
    return unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  }

  // The diff, secrets masked unless --no-redact.
  const secrets = [
    ...new Set([
      ...plan.files.flatMap((f) => [...f.fixed, ...f.unfixed].map((x) => x.finding.secret)),
      ...plan.entries.map((e) => e.value),
    ]),
  ].sort((a, b) => b.length - a.length);
  const mask = opts.values["no-redact"]
    ? undefined
    : (line: string) => secrets.reduce((l, s) => l.split(s).join(maskSecret(s)), line);
  let diff = "";
  for (const a of plan.aux) diff += unifiedDiff(a.path, a.before, a.after, mask ? { mask } : {});
  for (const f of changedFiles) diff += unifiedDiff(f.path, f.before, f.after, mask ? { mask } : {});
  out(diff);

  if (opts.values["dry-run"]) {
    say("dry run: nothing was written");
    return EXIT.findings;
  }
  if (!opts.values.yes) {
    const answer = await ask("Apply? [y/N] ");
    if (answer === undefined) {
      say("not a terminal: nothing was written; run with --yes to apply");
      return EXIT.findings;
    }
    if (!/^y(es)?$/i.test(answer.trim())) {
      say("nothing was written");
      return EXIT.findings;
    }
  }

  // Files changed since the scan are left alone; the rest is planned again without them.
  let final: FixPlan = plan;
  const changedSince = changedFiles.filter(
    (f) => snapshot(join(root, f.path)).hash !== hashOf(scope.sources.find((s) => s.path === f.path)!.bytes),
  );
  let status: number = unfixed.length > 0 ? EXIT.findings : EXIT.clean;
  if (changedSince.length > 0) {
    for (const f of changedSince)
      say(`error: ${f.path} changed since it was scanned: left alone; run leakproof fix again`);
    status = EXIT.error;
    const keep = files.filter((f) => !changedSince.some((c) => c.path === f.path));
    final = planFix({ files: keep, rules: ruleById, project, reads, existing: (p) => aux.text(p), tracked });
    const same = final.files.every((f) => f.after === plan.files.find((p) => p.path === f.path)?.after);
    if (!same || final.conflicts.length > 0) {
      say("error: the fix is no longer the one shown; nothing was written. Run leakproof fix again.");
      return EXIT.error;
    }
  }

  // Unstaged edits to .gitignore / .env.example are the user's: such a file is written but not staged.
  const stageAux =
    opts.values.staged && inGit
      ? final.aux.filter((a) => a.role !== "env" && !hasUnstagedChanges(root, a.path, tracked))
      : [];

  // The value is safely in .env (ignored by git) before any source line changes.
  const written: string[] = [];
  try {
    for (const a of final.aux) {
      aux.write(a.path, a.after, a.role === "env" ? 0o600 : 0o644);
      written.push(a.path);
    }
  } catch (e) {
    if (e instanceof ChangedError) {
      say(`error: ${e.message} while fixing; no source file was touched`);
      return EXIT.error;
    }
    throw e;
  }
  const fixedPaths: string[] = [];
  for (const f of final.files.filter((x) => x.fixed.length > 0)) {
    const src = scope.sources.find((s) => s.path === f.path)!;
    try {
      writeAtomic(join(root, f.path), encode(f.after, texts.get(f.path)!.encoding), hashOf(src.bytes));
      fixedPaths.push(f.path);
    } catch (e) {
      if (!(e instanceof ChangedError)) throw e;
      say(`error: ${f.path} changed since it was scanned: left alone; run leakproof fix again`);
      status = EXIT.error;
    }
  }

  if (opts.values.staged && inGit && fixedPaths.length > 0) {
    // .gitignore and .env.example go with the fix, unless the user has other unstaged edits in
    // them or git ignores them (a `.env*` pattern catching .env.example).
    const auxWritten = stageAux.map((a) => a.path).filter((p) => written.includes(p));
    const ignored = new Set(
      auxWritten.length === 0
        ? []
        : gitSync(["check-ignore", "--no-index", "--", ...auxWritten], { cwd: root, okCodes: [1] })
            .stdout.toString("utf8")
            .split("\n")
            .filter(Boolean),
    );
    const stage = [...fixedPaths, ...auxWritten.filter((p) => !ignored.has(p))];
    gitSync(["add", "--", ...stage.map((p) => `:(top,literal)${p}`)], { cwd: root });
    for (const a of final.aux) {
      if (a.role === "env" || stage.includes(a.path)) continue;
      say(
        ignored.has(a.path)
          ? `${a.path} is ignored by git: not staged`
          : `${a.path} has other unstaged changes: not staged; stage it yourself`,
      );
    }
  }
  summary(final, fixedPaths, root, inGit, project, opts, stagedScope, say);
  if (unfixed.length > 0) say(`${count(unfixed.length, "secret")} left to fix by hand (listed above)`);
  return status;
}

/** The staged files with findings (added lines, as the hook sees them), where the working tree equals the index. */
async function stagedSources(cwd: string, opts: Options): Promise<Scope> {
  let root: string;
  try {
    root = workTreeRoot(cwd);
  } catch (e) {
    if (e instanceof GitError)
      throw new UsageError(`${e.message} (outside a repository, name the files: leakproof fix PATH...)`);
    throw e;
  }
  const s = setup(root, opts);
  const isIgnored = ignoredPaths(root, s.config.ignore, opts.values["no-ignore"] ?? false);
  const detector = createDetector(s.rules, s.prebuilt);
  const found: Finding[] = [];
  const skips: Skip[] = [];
  const paths = opts.positionals.map((p) => repoPath(cwd, root, p));
  const { blobs } = await scanStaged(
    { cwd, paths: paths.includes("") ? [] : paths, maxFileSize: s.maxFileSize, isIgnored },
    (fragment) => found.push(...detector.detect(fragment)),
    (skip) => skips.push(skip),
  );
  note(skips, s, opts);
  const sources: Source[] = [];
  const left: Unfixed[] = [];
  for (const [path, findings] of byFile(accepted(found, opts))) {
    const abs = join(root, path);
    const blob = blobs.get(path);
    const staged = gitSync(["cat-file", "blob", blob ?? `:0:${path}`], {
      cwd: root,
      maxBuffer: s.maxFileSize + 1,
    }).stdout;
    if (snapshot(abs).hash !== hashOf(staged)) {
      for (const f of findings)
        left.push({
          finding: f,
          reason: "the file has unstaged changes: stage them (or stash them), then run leakproof fix again",
        });
      continue;
    }
    sources.push({ path, abs, bytes: staged, findings });
  }
  return { root, s, inGit: true, sources, left };
}

/** Files on disk under the given paths, scanned whole. */
function dirSources(cwd: string, opts: Options): Scope {
  const gitRoot = findRoot(cwd);
  const root = gitRoot ?? cwd;
  const s = setup(root, opts);
  const detector: Detector = createDetector(s.rules, s.prebuilt);
  const skips: Skip[] = [];
  const scanned: Array<{ path: string; abs: string; bytes: Buffer }> = [];
  const found: Finding[] = [];
  const walk = dirFiles(
    {
      paths: opts.positionals,
      cwd,
      root,
      noIgnore: opts.values["no-ignore"] ?? false,
      maxFileSize: s.maxFileSize,
      ignorePatterns: s.config.ignore,
    },
    (skip) => skips.push(skip),
  );
  for (const file of walk) {
    const path = posixRel(root, file.abs);
    if (path.startsWith("../")) throw new UsageError(`${file.path} is outside ${root}`);
    let bytes: Buffer;
    try {
      if (statSync(file.abs).size > s.maxFileSize) {
        skips.push({ path: file.path, reason: "too-large" });
        continue;
      }
      bytes = readFileSync(file.abs);
    } catch (e) {
      skips.push({ path: file.path, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    const text = decodeText(bytes);
    if (text === undefined) continue;
    const findings = detector.detect({ path, text, startLine: 1 });
    if (findings.length === 0) continue;
    scanned.push({ path, abs: file.abs, bytes });
    found.push(...findings);
  }
  note(skips, s, opts);
  const byPath = byFile(accepted(found, opts));
  const sources = scanned.filter((f) => byPath.has(f.path)).map((f) => ({ ...f, findings: byPath.get(f.path)! }));
  return { root, s, inGit: gitRoot !== undefined, sources, left: [] };
}

function note(skips: Skip[], s: Setup, opts: Options): void {
  if (opts.values.quiet) return;
  for (const n of skipNotes(skips, s.maxFileSize, opts.values.verbose ?? false))
    process.stderr.write(`leakproof: ${n}\n`);
}

/** Without the findings a --baseline accepts. */
function accepted(found: Finding[], opts: Options): Finding[] {
  if (!opts.values.baseline) return found;
  const ok = new Set(readBaseline(opts.values.baseline).map((e) => e.fingerprint));
  return found.filter((f) => !ok.has(f.fingerprint));
}

function byFile(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = m.get(f.file);
    if (list) list.push(f);
    else m.set(f.file, [f]);
  }
  return m;
}

/** .env, .gitignore, .env.example: read once (their hash kept), written atomically over that. */
class AuxFiles {
  private readonly seen = new Map<string, { hash: string; text: string | undefined; encoding: Encoding }>();
  constructor(private readonly root: string) {}

  text(path: string): string | undefined {
    return this.read(path).text;
  }

  write(path: string, text: string, newMode: number): void {
    const r = this.read(path);
    writeAtomic(join(this.root, path), encode(text, r.encoding), r.hash, newMode, path);
  }

  private read(path: string) {
    let r = this.seen.get(path);
    if (!r) {
      const snap = snapshot(join(this.root, path));
      const d = snap.bytes ? decodeExact(snap.bytes) : undefined;
      if (snap.bytes && !d) throw new UsageError(`cannot read ${path} as text`);
      r = { hash: snap.hash, text: d?.text, encoding: d?.encoding ?? "utf8" };
      this.seen.set(path, r);
    }
    return r;
  }
}

function trackedPaths(root: string, inGit: boolean): (path: string) => boolean {
  if (!inGit) return () => false;
  const cache = new Map<string, boolean>();
  return (path) => {
    let t = cache.get(path);
    if (t === undefined) {
      t = gitText(["ls-files", "--cached", "--", `:(top,literal)${path}`], { cwd: root }) !== "";
      cache.set(path, t);
    }
    return t;
  };
}

function hasUnstagedChanges(root: string, path: string, tracked: (p: string) => boolean): boolean {
  if (!tracked(path)) return false;
  return gitSync(["diff", "--quiet", "--", `:(top,literal)${path}`], { cwd: root, okCodes: [1] }).code === 1;
}

/** Environment variables the project reads, from its code and config files (the files being fixed as scanned). */
function projectReads(
  root: string,
  inGit: boolean,
  fixing: Set<string>,
  texts: Map<string, { text: string }>,
): EnvRead[] {
  const reads: EnvRead[] = [];
  let paths: string[];
  if (inGit) {
    paths = gitSync(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root })
      .stdout.toString("utf8")
      .split("\0")
      .filter(Boolean);
  } else {
    paths = [];
    for (const f of dirFiles(
      { paths: [], cwd: root, root, noIgnore: false, maxFileSize: READS_MAX_BYTES, ignorePatterns: [] },
      () => {},
    )) {
      paths.push(posixRel(root, f.abs));
      if (paths.length >= READS_MAX_FILES) break;
    }
  }
  for (const path of [...new Set(paths)].slice(0, READS_MAX_FILES)) {
    const kind = kindOf(path);
    if (kind === "other" || kind === "dotenv") continue;
    let text = fixing.has(path) ? texts.get(path)?.text : undefined;
    if (text === undefined) {
      try {
        const abs = join(root, path);
        if (statSync(abs).size > READS_MAX_BYTES) continue;
        text = decodeText(readFileSync(abs));
      } catch {
        continue;
      }
    }
    if (text !== undefined) reads.push(...envReads(path, text));
  }
  return reads;
}

function summary(
  plan: FixPlan,
  fixedPaths: string[],
  root: string,
  inGit: boolean,
  project: ProjectLibs,
  opts: Options,
  stagedScope: boolean,
  say: (s: string) => void,
): void {
  const done = plan.files.filter((f) => fixedPaths.includes(f.path));
  const fixed = done.flatMap((f) => f.fixed);
  if (fixed.length === 0) return;
  const names = [...new Set(fixed.map((x) => `${x.envVar} (${x.envFile})`))];
  say(
    `fixed ${count(fixed.length, "secret")} in ${done.map((f) => f.path).join(", ")}; the value${fixed.length === 1 ? " is" : "s are"} in ${names.join(", ")}, which git ignores`,
  );
  const kinds = new Set(done.map((f) => kindOf(f.path)));
  if (kinds.has("python") && !project.python)
    say(
      "os.environ does not read .env by itself: export its variables (set -a; . ./.env; set +a) or load it with python-dotenv",
    );
  if (kinds.has("js") && project.node !== "dotenv")
    say("process.env does not read .env by itself: node --env-file=.env (Node 20.6+), or use dotenv");
  if (kinds.has("ruby") && project.ruby !== "dotenv")
    say("ENV does not read .env by itself: add the dotenv gem (dotenv-rails for Rails), or export its variables");
  if (kinds.has("github-actions")) {
    const secretsNeeded = [
      ...new Set(done.filter((f) => kindOf(f.path) === "github-actions").flatMap((f) => f.fixed.map((x) => x.envVar))),
    ];
    say(
      `add the repository secret${secretsNeeded.length === 1 ? "" : "s"} ${secretsNeeded.join(", ")} (gh secret set NAME, or Settings → Secrets and variables → Actions); the value${secretsNeeded.length === 1 ? " is" : "s are"} in .env`,
    );
  }
  // A value already committed has leaked whatever fix does.
  if (inGit) {
    for (const f of done) {
      const head = gitSync(["cat-file", "blob", `HEAD:${f.path}`], {
        cwd: root,
        okCodes: [128],
        maxBuffer: 64 * 1048576,
      });
      if (head.code !== 0) continue;
      const old = head.stdout.toString("latin1");
      for (const x of f.fixed) {
        if (old.includes(x.finding.secret))
          say(
            `${f.path}:${x.finding.line}: this value was already committed, so it has leaked: rotate it${x.finding.ruleId.startsWith("django-") ? " (leakproof rotate django)" : ""}`,
          );
      }
    }
  }
  if (stagedScope && !opts.values.staged && inGit)
    say(`stage the fix: git add ${fixedPaths.join(" ")} (or run leakproof fix --staged)`);
}

/** The answer to a yes/no question on the terminal; undefined when there is no terminal to ask on. */
async function ask(question: string): Promise<string | undefined> {
  let input: NodeJS.ReadableStream | undefined;
  let close = () => {};
  if (process.stdin.isTTY) input = process.stdin;
  else if (process.stderr.isTTY) {
    // stdin is taken (a pipe), but a person is at the terminal.
    try {
      closeSync(openSync("/dev/tty", "r"));
      const tty = createReadStream("/dev/tty");
      input = tty;
      close = () => tty.destroy();
    } catch {
      input = undefined;
    }
  }
  if (!input) return undefined;
  const rl = createInterface({ input, output: process.stderr, terminal: false });
  process.stderr.write(question);
  try {
    return await new Promise<string>((done) => {
      rl.once("line", done);
      rl.once("close", () => done(""));
    });
  } finally {
    rl.close();
    close();
  }
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

function posixRel(root: string, abs: string): string {
  const rel = relative(root, abs);
  return sep === "/" ? rel : rel.split(sep).join("/");
}
