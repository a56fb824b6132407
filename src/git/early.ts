// A git command started before its output is wanted, so that git works on the other core while
// this process loads the rules (the hook: `git diff --cached` runs while the rule pack is read).
// Its output is kept until a reader attaches; a reader that wants other arguments cancels it.
import { gitStream, type GitOptions } from "./exec.js";

export class EarlyGit {
  private chunks: Buffer[] = [];
  private reader: ((chunk: Buffer) => void) | undefined;
  private readonly done: Promise<number>;
  private readonly abort = new AbortController();
  private cancelled = false;
  private taken = false;

  constructor(
    readonly args: readonly string[],
    opts: GitOptions,
  ) {
    this.done = gitStream(args, { ...opts, signal: this.abort.signal }, (chunk) => {
      if (this.reader) this.reader(chunk);
      else this.chunks.push(chunk);
    });
    // Not read (cancelled, or an error before the scan started): its failure is nobody's.
    this.done.catch(() => undefined);
  }

  /** Whether it runs exactly these arguments (and was not cancelled). */
  matches(args: readonly string[]): boolean {
    return (
      !this.cancelled && !this.taken && args.length === this.args.length && args.every((a, i) => a === this.args[i])
    );
  }

  /** As gitStream: the output so far, then the rest as it comes; resolves with the exit code, or rejects as gitStream does. */
  read(onData: (chunk: Buffer) => void): Promise<number> {
    const kept = this.chunks;
    this.chunks = [];
    this.taken = true;
    this.reader = onData;
    try {
      for (const c of kept) onData(c);
    } catch (e) {
      this.cancel();
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return this.done;
  }

  /** Stops git, unless it is being read (then its reader sees it through). */
  cancel(): void {
    if (this.cancelled || this.taken) return;
    this.cancelled = true;
    this.chunks = [];
    this.abort.abort();
  }
}
