// The only code that runs git. Fixed flags make the output parseable whatever the user's
// configuration; the environment is passed through, so a hook's GIT_INDEX_FILE / GIT_DIR
// (`git commit -a`, `git commit <paths>`, worktrees) are honoured. Errors carry git's stderr.
import { LeakproofError } from "../errors.js";
import { spawn, spawnSync } from "node:child_process";
import { devNull } from "node:os";

/**
 * Flags before every git command: paths unescaped (non-ASCII stays UTF-8), no colour, no pager,
 * and none of the programs a repository's configuration can name run (we may be scanning a
 * checkout someone else controls): no fsmonitor, no signature checks (gpg.program), no clean /
 * smudge filters through merge.renormalize, no credential helper, no transport at all (so no
 * core.sshCommand, remote.*.uploadpack, ext::). External diff and textconv are refused by each
 * diff's own --no-ext-diff / --no-textconv, merge drivers by not re-merging (see history.ts).
 */
export const FIXED = [
  "--no-pager",
  "-c",
  "core.quotePath=false",
  "-c",
  "color.ui=false",
  "-c",
  "log.showSignature=false",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "merge.renormalize=false",
  "-c",
  "credential.helper=",
  "-c",
  "protocol.allow=never",
];
/** How much of git's stderr an error keeps. */
const STDERR_KEEP = 16 * 1024;

export class GitError extends LeakproofError {
  constructor(
    readonly args: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
    reason?: string,
  ) {
    super(reason ?? describe(args, code, stderr));
  }
}

function describe(args: readonly string[], code: number | null, stderr: string): string {
  // "git diff --cached", without -c settings and long arguments.
  const shown: string[] = [];
  for (let i = 0; i < args.length && shown.length < 3; i++) {
    if (args[i] === "-c") i++;
    else if (args[i]!.length <= 40) shown.push(args[i]!);
  }
  const why = stderr
    .trim()
    .split("\n")
    .filter((l) => l && !/^(hint|warning):/.test(l))
    .slice(-3)
    .join("; ");
  return `git ${shown.join(" ")} failed${code === null ? "" : ` (exit ${code})`}${why ? `: ${why}` : ""}`;
}

export interface GitOptions {
  cwd: string;
  /** Written to git's stdin; without it stdin is ignored. */
  input?: string | Buffer;
  /** Exit codes that are answers, not failures (e.g. 1 for `rev-parse --verify --quiet`). */
  okCodes?: number[];
  /** Largest stdout kept (bytes); beyond it the call fails. */
  maxBuffer?: number;
  /** Extra environment on top of process.env. */
  env?: Record<string, string>;
  /** gitSync: milliseconds after which git is killed and the call fails (git blocks opening a FIFO .gitignore). */
  timeout?: number;
  /** gitStream: aborting kills git (the call then rejects). */
  signal?: AbortSignal;
  /** gitStream, instead of `input`: git's stdin, to write to as work comes and end when there is no more. */
  feed?: (stdin: NodeJS.WritableStream) => void;
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * What every git call gets on top of the caller's environment. No optional locks: we only read,
 * and during `git commit -a` the index lock is the caller's. No transport whatever the
 * repository's protocol.<name>.allow says (an empty allow-list wins over configuration), and no
 * lazy fetch in a partial clone (git 2.44+; older gits fail on the transport instead): nothing
 * goes over the network. The objects themselves, not what refs/replace or info/grafts show in
 * their place, so nothing that is pushed can be hidden from a scan.
 */
const SAFE_ENV = {
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_ALLOW_PROTOCOL: "",
  GIT_NO_LAZY_FETCH: "1",
  GIT_NO_REPLACE_OBJECTS: "1",
  GIT_GRAFT_FILE: devNull,
};

export function environment(extra?: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...SAFE_ENV, ...extra };
}

function spawnFailure(args: readonly string[], e: NodeJS.ErrnoException): GitError {
  if (e.code === "ENOENT") return new GitError(args, null, "", "git is not installed or not on PATH");
  return new GitError(args, null, "", `cannot run git: ${e.message}`);
}

/** Runs git and buffers its output (small outputs: config, rev-parse, one blob). */
export function gitSync(args: readonly string[], opts: GitOptions): GitResult {
  const r = spawnSync("git", [...FIXED, ...args], {
    cwd: opts.cwd,
    env: environment(opts.env),
    input: opts.input,
    stdio: [opts.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
    windowsHide: true,
    ...(opts.timeout !== undefined ? { timeout: opts.timeout, killSignal: "SIGKILL" as const } : {}),
  });
  if (r.error) {
    const e = r.error as NodeJS.ErrnoException;
    if (e.code === "ETIMEDOUT")
      throw new GitError(args, null, "", `git ${args[0]} did not finish in ${opts.timeout} ms`);
    if (e.code === "ENOBUFS") throw new GitError(args, null, "", `git ${args[0]} produced more output than allowed`);
    throw spawnFailure(args, e);
  }
  const stderr = r.stderr.toString("utf8").slice(-STDERR_KEEP);
  const code = r.status ?? -1;
  if (code !== 0 && !(opts.okCodes ?? []).includes(code)) throw new GitError(args, r.status, stderr);
  return { code, stdout: r.stdout, stderr };
}

/** Runs git and returns stdout as text without the final newline. */
export function gitText(args: readonly string[], opts: GitOptions): string {
  return gitSync(args, opts).stdout.toString("utf8").replace(/\n$/, "");
}

/**
 * Runs git and hands its stdout to `onData` chunk by chunk (large diffs are never held whole).
 * Resolves with the exit code once git has exited; rejects on failure or if onData throws.
 */
export function gitStream(args: readonly string[], opts: GitOptions, onData: (chunk: Buffer) => void): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", [...FIXED, ...args], {
      cwd: opts.cwd,
      env: environment(opts.env),
      stdio: [opts.input === undefined && !opts.feed ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    let stderr = "";
    let failed: Error | undefined;
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (s: string) => {
      stderr = (stderr + s).slice(-STDERR_KEEP);
    });
    child.stdout!.on("data", (chunk: Buffer) => {
      if (failed) return;
      try {
        onData(chunk);
      } catch (e) {
        failed = e as Error;
        child.kill();
      }
    });
    child.on("error", (e: NodeJS.ErrnoException) => {
      failed ??= spawnFailure(args, e);
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    else if (opts.feed) {
      // A git that exits early (a failure) closes its stdin: the exit code says why, not EPIPE.
      child.stdin!.on("error", () => {});
      opts.feed(child.stdin!);
    }
    child.on("close", (code) => {
      if (failed) return reject(failed);
      if (code === 0 || (code !== null && (opts.okCodes ?? []).includes(code))) return resolvePromise(code);
      reject(new GitError(args, code, stderr));
    });
  });
}

/** Where `bytes` stop holding whole UTF-8 characters: before a last sequence that is not complete. */
export function wholeChars(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let j = n - 1; j >= 0 && j >= n - 4; j--) {
    const b = bytes[j]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return j + len > n ? j : n;
    }
  }
  return n;
}

/** Splits a byte stream into lines (on "\n" only: a "\r" stays part of its line, as in CRLF files). */
export class LineSplitter {
  /** The first bytes of a character the last chunk cut. */
  private rest: Buffer | undefined;
  private pending = "";
  private overlong = false;

  /** `maxLine`: a longer line is cut there and passed with truncated = true (memory stays bounded). */
  constructor(
    private readonly onLine: (line: string, truncated: boolean) => void,
    private readonly maxLine = Number.POSITIVE_INFINITY,
  ) {}

  push(chunk: Uint8Array): void {
    // Decoded up to the last whole character (Buffer's decoder is several times faster than a
    // streaming TextDecoder); the bytes of a character cut by the chunk wait for the next one.
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.rest) {
      bytes = Buffer.concat([this.rest, bytes]);
      this.rest = undefined;
    }
    const cut = wholeChars(bytes);
    if (cut < bytes.length) this.rest = Buffer.from(bytes.subarray(cut));
    const text = bytes.toString("utf8", 0, cut);
    let start = 0;
    const max = this.maxLine;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      // The common case (a whole line within the chunk, under the limit) is handed on as is.
      if (this.pending === "" && !this.overlong && nl - start <= max) this.onLine(text.slice(start, nl), false);
      else this.take(text.slice(start, nl), true);
      start = nl + 1;
    }
    if (start < text.length) this.take(text.slice(start), false);
  }

  end(): void {
    if (this.rest) this.take(this.rest.toString("utf8"), false);
    this.rest = undefined;
    if (this.pending !== "" || this.overlong) this.emit();
  }

  private take(piece: string, complete: boolean): void {
    if (!this.overlong) {
      this.pending += piece;
      if (this.pending.length > this.maxLine) {
        this.pending = this.pending.slice(0, this.maxLine);
        this.overlong = true;
      }
    }
    if (complete) this.emit();
  }

  private emit(): void {
    const line = this.pending;
    const truncated = this.overlong;
    this.pending = "";
    this.overlong = false;
    this.onLine(line, truncated);
  }
}
