// The history source: the added lines of every commit (reachable from all refs, or in the given
// revision ranges), streamed from `git log -p -U0` and parsed as git produces them, so memory stays
// flat whatever the size of the history. Merges are shown with --remerge-diff (git ≥ 2.36): only
// what the merge itself added against git's own automatic merge (a conflict resolution, an "evil"
// merge), never the lines it brought in from a parent, which their own commits already showed.
import { accessSync, constants } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type { ContextSpan, Fragment, Skip } from "../types.js";
import type { DiffFile } from "./diff.js";
import { decodeText } from "../encoding.js";
import { addedRuns, BatchReader, BatchStream } from "./blobs.js";
import { GitError, gitStream, gitSync, gitText, LineSplitter } from "./exec.js";
import { LOG_FORMAT, LogParser, type CommitInfo } from "./log.js";
import { mergeDriversConfigured } from "./repo.js";
import { scanRefBlobs } from "./refobjects.js";
import { ContextCollector, ContextReader, type ContextOptions } from "./context.js";
import { StringSearch } from "./strings.js";
import { byCodeUnits, groupBy } from "../lists.js";
import { mib } from "../units.js";

export type MergeMode = "remerge" | "cc";

export interface LogArgsOptions {
  /** Revision arguments (ranges, refs); empty: every ref (--all). Ignored with `stdin`. */
  revs: string[];
  since?: string;
  merges: MergeMode;
  maxFileSize: number;
  /** The commits come on stdin (a share of the list from rev-list), shown as given. */
  stdin?: boolean;
}

/** The `git log` command line of a history scan. Pure. */
export function logArgs(o: LogArgsOptions): string[] {
  return [
    // Files over the limit are reported as binary without git loading them whole.
    "-c",
    `core.bigFileThreshold=${Math.max(1, o.maxFileSize)}`,
    "log",
    "--patch",
    "-U0",
    "--inter-hunk-context=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-relative",
    "--submodule=short",
    "--full-index",
    // A renamed file's unchanged lines are not new (a copy is: a new place the secret lives).
    "--find-renames",
    // A deleted file adds nothing: its header is enough.
    "--irreversible-delete",
    "--root",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    `--format=${LOG_FORMAT}`,
    ...(o.merges === "remerge" ? ["--remerge-diff"] : ["--cc"]),
    ...(o.stdin
      ? ["--no-walk=unsorted", "--stdin"]
      : [
          ...(o.since ? [`--since=${o.since}`] : []),
          ...(o.revs.length > 0 ? ["--end-of-options", ...o.revs] : ["--all"]),
        ]),
    "--",
  ];
}

/** `git rev-list` over the same commits as logArgs (for the total, and to split the list). */
export function revListArgs(o: Pick<LogArgsOptions, "revs" | "since">): string[] {
  return [
    "rev-list",
    ...(o.since ? [`--since=${o.since}`] : []),
    ...(o.revs.length > 0 ? ["--end-of-options", ...o.revs] : ["--all"]),
    "--",
  ];
}

/** --remerge-diff came with git 2.36; before it, --cc (a line counts only when new against every parent). */
export function mergeMode(version: string): MergeMode {
  const m = /(\d+)\.(\d+)/.exec(version);
  if (!m) return "cc";
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 2 || (major === 2 && minor >= 36) ? "remerge" : "cc";
}

export function gitVersion(cwd: string): string {
  return gitText(["version"], { cwd });
}

/**
 * --remerge-diff writes its re-merges to a temporary object directory: in a repository we may
 * only read (another user's, a read-only mount) it fails, so merges are shown with --cc there.
 */
function objectsWritable(cwd: string): boolean {
  try {
    accessSync(resolve(cwd, gitText(["rev-parse", "--git-path", "objects"], { cwd })), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Re-merging needs to write objects, and must not run a configured merge driver (a hostile repository's program). */
function canRemerge(cwd: string): boolean {
  return objectsWritable(cwd) && !mergeDriversConfigured(cwd);
}

export function isShallow(cwd: string): boolean {
  return gitText(["rev-parse", "--is-shallow-repository"], { cwd }) === "true";
}

// --- ranges ------------------------------------------------------------------------------------

export interface RevEndpoints {
  /** Revisions whose history is scanned. */
  include: string[];
  /** Revisions whose history is left out (the base of a range). */
  exclude: string[];
}

/**
 * The revisions a range argument names: `A..B`, `A...B` (either side may be empty: HEAD), `^A`,
 * `A^!`, `A^@`, `A^-N`, or a plain revision. Pure.
 */
export function endpoints(args: readonly string[]): RevEndpoints {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const arg of args) {
    const sym = arg.includes("...") ? "..." : arg.includes("..") ? ".." : undefined;
    if (sym) {
      const at = arg.indexOf(sym);
      const a = arg.slice(0, at) || "HEAD";
      const b = arg.slice(at + sym.length) || "HEAD";
      exclude.push(a);
      include.push(b);
      if (sym === "...") include.push(a);
      continue;
    }
    if (arg.startsWith("^")) {
      exclude.push(arg.slice(1));
      continue;
    }
    const m = /^(.*)\^(?:!|@|-\d*)$/.exec(arg);
    include.push(m ? m[1]! : arg);
  }
  return { include: [...new Set(include)], exclude: [...new Set(exclude)] };
}

/** Where a missing revision could come from, for the message. */
function fetchHint(cwd: string, rev: string, shallow: boolean): string {
  const remotes = gitSync(["remote"], { cwd, okCodes: [1] })
    .stdout.toString("utf8")
    .split("\n")
    .filter(Boolean);
  const slash = rev.indexOf("/");
  const remote = slash > 0 ? rev.slice(0, slash) : undefined;
  const branch = remote ? rev.slice(slash + 1).replace(/^refs\/heads\//, "") : undefined;
  const fetch = remote && branch && remotes.includes(remote) ? `git fetch ${remote} ${branch}` : "git fetch";
  return shallow
    ? `fetch it (${fetch}, and git fetch --unshallow for the history; on GitHub Actions: actions/checkout with fetch-depth: 0)`
    : `fetch it (${fetch}; on GitHub Actions: actions/checkout with fetch-depth: 0)`;
}

/**
 * Every endpoint must name a commit here. In a shallow checkout a range's base must also meet
 * the scanned side within the history that is there: otherwise `git log base..head` would walk
 * down to the shallow boundary and scan commits that are not in the range. Throws a GitError
 * whose message says what is missing and how to fetch it.
 */
export function checkRanges(cwd: string, ranges: readonly string[], shallow: boolean): void {
  for (const r of ranges) {
    if (r.startsWith("-"))
      throw new GitError(["log"], null, "", `history: "${r}" is not a revision range (options go before the ranges)`);
  }
  const { include, exclude } = endpoints(ranges);
  const sha = new Map<string, string>();
  for (const rev of [...exclude, ...include]) {
    const r = gitSync(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd, okCodes: [1, 128] });
    const id = r.stdout.toString("utf8").trim();
    if (r.code !== 0 || !id) {
      const why = shallow
        ? "the checkout is shallow or the branch was not fetched"
        : "no such commit here (was the branch fetched?)";
      throw new GitError(
        ["rev-parse", rev],
        r.code,
        r.stderr,
        `history: cannot find ${rev}: ${why}; ${fetchHint(cwd, rev, shallow)}`,
      );
    }
    sha.set(rev, id);
  }
  if (!shallow) return;
  for (const base of exclude) {
    for (const head of include) {
      if (base === head) continue;
      const mb = gitSync(["merge-base", sha.get(base)!, sha.get(head)!], { cwd, okCodes: [1] });
      if (mb.code !== 0) {
        throw new GitError(
          ["merge-base", base, head],
          mb.code,
          mb.stderr,
          `history: ${base} and ${head} meet nowhere in this shallow checkout, so the range cannot be told apart from older history; ` +
            `fetch more of it (git fetch --unshallow, or git fetch --deepen=N; on GitHub Actions: actions/checkout with fetch-depth: 0)`,
        );
      }
    }
  }
}

// --- the scan ----------------------------------------------------------------------------------

export interface HistoryOptions {
  cwd: string;
  /** Revision ranges; empty: every commit reachable from any ref. */
  ranges: string[];
  since?: string;
  maxFileSize: number;
  /** Paths (repo-relative) not to scan: .leakproofignore and config ignores. */
  isIgnored?: (path: string) => boolean;
  /** How many git processes share the commit list (1: one `git log`). */
  jobs?: number;
  merges?: MergeMode;
  /** Characters of context multi-line rules may need around changed lines (see context.ts); 0 or unset: none. */
  contextReach?: number;
  /** What of that context the rules could read into a run (see types.ts ContextSpan); unset: all of it. */
  contextSpan?: ContextSpan;
  /** Secrets a run's own scan reports, which need no context (see context.ts ContextOptions). */
  contextReported?: ContextOptions["reported"];
}

export interface HistorySink {
  fragment(f: Fragment): void;
  skip?(s: Skip & { commit: string }): void;
  /** A commit is done (its patch fully parsed). */
  commit?(c: CommitInfo): void;
  /** The number of commits to scan, once known. */
  total?(n: number): void;
}

export interface HistoryResult {
  commits: number;
}

/** The commits of the scan, newest first, as `git rev-list` lists them. */
export function listCommits(cwd: string, o: Pick<LogArgsOptions, "revs" | "since">): string[] {
  const out = gitSync(revListArgs(o), { cwd, maxBuffer: 1024 * 1048576 }).stdout.toString("latin1");
  return out.split("\n").filter(Boolean);
}

export async function scanHistory(opts: HistoryOptions, sink: HistorySink): Promise<HistoryResult> {
  const { cwd, maxFileSize } = opts;
  const ignored = opts.isIgnored ?? (() => false);
  const merges = opts.merges ?? (mergeMode(gitVersion(cwd)) === "remerge" && canRemerge(cwd) ? "remerge" : "cc");
  // Asked for (LEAKPROOF_GIT_JOBS, tests): split whatever the size; by default only when it pays.
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const splitMin = opts.jobs !== undefined ? 1 : SPLIT_MIN;
  const chunkMin = opts.jobs !== undefined ? 1 : CHUNK_MIN;
  const base = { revs: opts.ranges, since: opts.since, merges, maxFileSize };

  const binaries: Candidate[] = [];
  const onFile = (f: DiffFile, c: CommitInfo) => {
    if (f.submodule || f.status === "deleted" || ignored(f.path)) return;
    if (f.tooLarge)
      sink.skip?.({
        path: f.path,
        reason: "too-large",
        detail: `more than ${mib(maxFileSize)} of added lines`,
        commit: c.sha,
      });
    else if (f.binary && f.newId && !/^0+$/.test(f.newId))
      binaries.push({ commit: c, path: f.path, oldPath: f.oldPath ?? f.path, newId: f.newId });
    else if (f.binary) sink.skip?.({ path: f.path, reason: "binary", commit: c.sha });
  };
  let commits = 0;
  const contexts: ContextCollector[] = [];
  const reach = opts.contextReach ?? 0;
  const reader = new ContextReader(cwd, reach, maxFileSize, (f) => sink.fragment(f), opts.contextSpan);
  const run = async (args: string[], input?: string, signal?: AbortSignal) => {
    const context = new ContextCollector(
      { reach, ...(opts.contextReported ? { reported: opts.contextReported } : {}) },
      (f) => sink.fragment(f),
      (p) => reader.add(p),
    );
    contexts.push(context);
    const parser = new LogParser(
      {
        fragment: (fr, file) => {
          if (ignored(fr.path)) return;
          if (!context.take(fr, file)) sink.fragment(fr);
        },
        file: (f, c) => {
          onFile(f, c);
          context.endFile(f, c.sha);
        },
        commit: (c) => {
          commits++;
          sink.commit?.(c);
        },
      },
      { maxFileBytes: maxFileSize, combinedNewOnly: merges === "cc" },
    );
    const lines = new LineSplitter((l, truncated) => parser.line(l, truncated), maxFileSize + 16);
    await gitStream(args, { cwd, ...(input !== undefined ? { input } : {}), ...(signal ? { signal } : {}) }, (chunk) =>
      lines.push(chunk),
    );
    lines.end();
    parser.end();
  };

  try {
    await runLogs();
  } catch (e) {
    reader.cancel();
    throw e;
  }
  for (const c of contexts) c.end();
  await reader.end();
  await recheckBinaries(cwd, binaries, maxFileSize, sink);
  // Every ref's content, not only commits': a tag can point straight at a blob or a tree.
  if (opts.ranges.length === 0 && opts.since === undefined)
    await scanRefBlobs(
      cwd,
      maxFileSize,
      ignored,
      (f) => sink.fragment(f),
      (s) => sink.skip?.({ ...s, commit: "" }),
    );
  return { commits };

  async function runLogs(): Promise<void> {
    const list = jobs > 1 ? listCommits(cwd, base) : undefined;
    if (list && list.length >= splitMin) {
      sink.total?.(list.length);
      // Contiguous chunks (neighbouring commits share delta bases, which a git caches), handed out
      // to `jobs` gits as each finishes its last, so a run of big commits never leaves one waiting.
      const chunks = chunk(list, Math.max(chunkMin, Math.ceil(list.length / (jobs * CHUNKS_PER_JOB))));
      let next = 0;
      await allOrNone(Math.min(jobs, chunks.length), async (signal) => {
        while (next < chunks.length && !signal.aborted) {
          const share = chunks[next++]!;
          await run(logArgs({ ...base, stdin: true }), share.join("\n") + "\n", signal);
        }
      });
    } else if (list) {
      sink.total?.(list.length);
      await run(logArgs(base));
    } else {
      // The total only feeds a progress line: counted alongside the scan, never before it.
      const counted = sink.total
        ? countCommits(cwd, base).then(
            (n) => sink.total!(n),
            () => undefined,
          )
        : undefined;
      await run(logArgs(base));
      await counted;
    }
  }
}

interface Candidate {
  commit: CommitInfo;
  path: string;
  oldPath: string;
  newId: string;
}

/**
 * "Binary" in a patch: really binary, over the size limit (bigFileThreshold), or text that git
 * would not diff (.gitattributes -diff / binary, UTF-16). The blobs are read once the patches are
 * done (`git cat-file`), and those that decode as text are scanned for the lines they add to the
 * parent's version; the rest are skipped with a note.
 */
async function recheckBinaries(cwd: string, list: Candidate[], max: number, sink: HistorySink): Promise<void> {
  if (list.length === 0) return;
  const skip = (c: Candidate, reason: Skip["reason"], detail?: string) =>
    sink.skip?.({ path: c.path, reason, ...(detail ? { detail } : {}), commit: c.commit.sha });
  // Sizes first (the old version by <parent>:<path>), so nothing over the limit is read.
  const names = list.map((c) => [
    c.newId,
    c.commit.parents[0] && !/[\n\r]/.test(c.oldPath) ? `${c.commit.parents[0]}:${c.oldPath}` : "",
  ]);
  const check = gitSync(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input:
      names
        .flat()
        .map((n) => n || "0".repeat(40))
        .join("\n") + "\n",
    maxBuffer: 1024 * 1048576,
  })
    .stdout.toString("utf8")
    .split("\n");
  const info = (line: string | undefined) => {
    const [oid, type, size] = (line ?? "").split(" ");
    return oid && type === "blob" && Number.isInteger(Number(size)) ? { oid, size: Number(size) } : undefined;
  };
  const wanted: Array<{ c: Candidate; newOid: string; oldOid: string | undefined }> = [];
  list.forEach((c, i) => {
    const now = info(check[2 * i]);
    const before = info(check[2 * i + 1]);
    if (!now) skip(c, "binary");
    else if (now.size > max) skip(c, "too-large", mib(now.size));
    else wanted.push({ c, newOid: now.oid, oldOid: before && before.size <= max ? before.oid : undefined });
  });
  if (wanted.length === 0) return;

  // The parent's version (when there is one) comes first, then the new one.
  const queue = wanted.flatMap((w) => (w.oldOid ? [w.oldOid, w.newOid] : [w.newOid]));
  let next = 0;
  let pending: Buffer | undefined;
  const reader = new BatchReader((o) => {
    const w = wanted[next]!;
    if (w.oldOid && pending === undefined) {
      pending = o.body ?? Buffer.alloc(0);
      return;
    }
    const newer = o.body ? decodeText(o.body) : undefined;
    const older = pending ? (decodeText(pending) ?? "") : "";
    pending = undefined;
    next++;
    if (newer === undefined) return skip(w.c, "binary");
    const { sha, author, date } = w.c.commit;
    for (const run of addedRuns(older, newer))
      sink.fragment({ path: w.c.path, text: run.text, startLine: run.startLine, commit: sha, author, date });
  });
  await gitStream(["cat-file", "--batch"], { cwd, input: queue.join("\n") + "\n" }, (chunk) => reader.push(chunk));
}

/** Fewer commits than this are not worth a second git process. */
const SPLIT_MIN = 2000;

/**
 * git is the slow part (a patch costs it more than parsing and matching cost us), so on two
 * cores or more two gits share the commit list and the parsing thread takes what both produce.
 */
function defaultJobs(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

async function countCommits(cwd: string, o: Pick<LogArgsOptions, "revs" | "since">): Promise<number> {
  const args = revListArgs(o);
  let out = "";
  await gitStream([args[0]!, "--count", ...args.slice(1)], { cwd }, (chunk) => (out += chunk.toString("latin1")));
  return Number(out.trim());
}

/**
 * Commits per chunk when several gits share the list: at least this many, about this many chunks
 * per git. Each git starts cold (pack indexes, delta bases): on the 20k-commit bench repository 8
 * chunks cost git ~0.5 s more CPU than 4, which still keep both gits busy to the end.
 */
const CHUNK_MIN = 256;
const CHUNKS_PER_JOB = 2;

/** Blobs at HEAD from which secretsAtHead shares the reading out. */
const HEAD_SPLIT_MIN = 256;

/** `n` workers (gits) at once; one failing stops the others: the scan has failed either way. */
async function allOrNone(n: number, work: (signal: AbortSignal, i: number) => Promise<unknown>): Promise<void> {
  const abort = new AbortController();
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      work(abort.signal, i).catch((e: unknown) => {
        abort.abort();
        throw e;
      }),
    ),
  );
}

function chunk(list: string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

// --- after the scan ----------------------------------------------------------------------------

/**
 * Which of these secrets still occur at HEAD, and in which files (anywhere in HEAD's tree, so a
 * secret whose file was renamed or that moved still counts). A secret spanning lines is looked
 * for by its longest line. HEAD's blobs are read once each (`git cat-file --batch`) and searched
 * for every secret at once (StringSearch), so the cost follows the tree's size, not the number of
 * secrets times it. Undefined when there is no HEAD.
 */
export async function secretsAtHead(
  cwd: string,
  secrets: readonly string[],
): Promise<Map<string, string[]> | undefined> {
  const head = gitSync(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd, okCodes: [1, 128] });
  if (head.code !== 0) return undefined;
  const found = new Map<string, string[]>();
  const keys = groupBy(
    [...new Set(secrets)].filter((s) => longestLine(s) !== ""),
    longestLine,
  );
  if (keys.size === 0) return found;
  const keyList = [...keys.keys()];
  const search = new StringSearch(keyList);

  // HEAD's blobs (files and symlinks; not submodules), each id once with every path that has it.
  const pathsOf = new Map<string, string[]>();
  const tree = gitSync(["ls-tree", "-r", "-z", "--full-tree", head.stdout.toString("latin1").trim(), "--"], {
    cwd,
    maxBuffer: 1024 * 1048576,
  }).stdout;
  for (let at = 0; at < tree.length;) {
    const nul = tree.indexOf(0, at);
    const entry = tree.toString("utf8", at, nul === -1 ? tree.length : nul);
    at = nul === -1 ? tree.length : nul + 1;
    // "<mode> <type> <id>\t<path>"
    const tab = entry.indexOf("\t");
    const [, type, id] = entry.slice(0, tab).split(" ");
    if (type !== "blob" || !id) continue;
    const list = pathsOf.get(id);
    if (list) list.push(entry.slice(tab + 1));
    else pathsOf.set(id, [entry.slice(tab + 1)]);
  }
  if (pathsOf.size === 0) return found;

  const hits = new Map<number, string[]>();
  const readBlobs = (ids: string[], signal: AbortSignal) => {
    const reader = new BatchStream((oid) => {
      const s = search.stream();
      return {
        data: (chunk) => s.push(chunk),
        end: () => {
          for (const k of s.end()) {
            const list = hits.get(k) ?? [];
            for (const p of pathsOf.get(oid) ?? []) list.push(p);
            hits.set(k, list);
          }
        },
      };
    });
    return gitStream(["cat-file", "--batch"], { cwd, input: ids.join("\n") + "\n", signal }, (chunk) =>
      reader.push(chunk),
    );
  };
  // Undeltifying HEAD's blobs is git's work (3 s of CPU for a 61 MB tree whose blobs are deltas):
  // a large tree is shared out, in tree order (neighbours share delta bases), to one git per core.
  const ids = [...pathsOf.keys()];
  const shares = chunk(ids, Math.ceil(ids.length / (ids.length >= HEAD_SPLIT_MIN ? defaultJobs() : 1)));
  await allOrNone(shares.length, (signal, i) => readBlobs(shares[i]!, signal));
  for (const [k, paths] of hits) {
    // In tree order, each path once.
    const sorted = [...new Set(paths)].sort(byCodeUnits);
    for (const s of keys.get(keyList[k]!)!) found.set(s, sorted);
  }
  return found;
}

/**
 * Files' text at HEAD (remedies look at imports), read in one `git cat-file --batch` (streamed: it
 * goes on beside other reads). A path missing at HEAD, binary or over `max` bytes maps to undefined.
 */
export async function headTexts(
  cwd: string,
  paths: readonly string[],
  max: number,
): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>();
  const asked = [...new Set(paths)].filter((p) => !/[\n\r]/.test(p));
  if (asked.length === 0) return texts;
  let next = 0;
  const reader = new BatchReader((o) => {
    const body = o.type === "blob" && o.body && o.body.length <= max ? o.body : undefined;
    texts.set(asked[next++]!, body ? decodeText(body) : undefined);
  });
  try {
    await gitStream(["cat-file", "--batch"], { cwd, input: asked.map((p) => `HEAD:${p}`).join("\n") + "\n" }, (chunk) =>
      reader.push(chunk),
    );
  } catch {
    return new Map();
  }
  return texts;
}

/** A secret spanning lines is looked for by its longest line. */
function longestLine(s: string): string {
  return s.split(/\r?\n/).reduce((a, b) => (b.length > a.length ? b : a), "");
}
