// A progress line on a terminal: done / total, rate, ETA, redrawn in place at most every
// 100 ms and erased when the work is over. When stderr is not a TTY (CI logs), a plain line
// every few seconds instead, once the work has gone on that long. Off with --quiet.

export interface Progress {
  /** The amount of work, once known. */
  total(n: number): void;
  /** One more unit done. */
  tick(found?: number): void;
  /** Writes a line of its own above the progress line. */
  log(line: string): void;
  /** Erases the line. */
  done(): void;
}

export interface ProgressOptions {
  /** What is counted, plural ("commits"). */
  unit: string;
  /** Clock in ms (tests). */
  now?: () => number;
  /** Least time between redraws, ms. */
  every?: number;
  /** Not a TTY: ms between plain progress lines (and before the first). */
  lineEvery?: number;
}

interface Out {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export function progress(out: Out, enabled: boolean, opts: ProgressOptions): Progress {
  if (!enabled) return { total() {}, tick() {}, log: (line) => out.write(`${line}\n`), done() {} };
  if (out.isTTY !== true) return lines(out, opts);
  const now = opts.now ?? (() => performance.now());
  const every = opts.every ?? 100;
  const start = now();
  let total: number | undefined;
  let done = 0;
  let found = 0;
  let last = -Infinity;
  let drawn = false;

  const draw = (t: number) => {
    last = t;
    drawn = true;
    const line = progressLine({ done, total, found, seconds: (t - start) / 1000, unit: opts.unit });
    // A terminal that does not say its width (0) gets 80 columns.
    const width = Math.max(20, (out.columns || 80) - 1);
    out.write(`\r${line.slice(0, width)}\x1b[K`);
  };
  return {
    total(n) {
      total = n;
    },
    tick(f = 0) {
      done++;
      found += f;
      const t = now();
      if (t - last >= every) draw(t);
    },
    log(line) {
      out.write(`${drawn ? "\r\x1b[K" : ""}${line}\n`);
      if (drawn) draw(now());
    },
    done() {
      if (drawn) out.write("\r\x1b[K");
      drawn = false;
    },
  };
}

/** Not a terminal: a whole line every `lineEvery` ms, nothing for work done sooner (no noise on a normal hook run). */
function lines(out: Out, opts: ProgressOptions): Progress {
  const now = opts.now ?? (() => performance.now());
  const every = opts.lineEvery ?? 5000;
  const start = now();
  let next = start + every;
  let total: number | undefined;
  let done = 0;
  let found = 0;
  return {
    total(n) {
      total = n;
    },
    tick(f = 0) {
      done++;
      found += f;
      const t = now();
      if (t < next) return;
      next = t + every;
      out.write(`${progressLine({ done, total, found, seconds: (t - start) / 1000, unit: opts.unit })}\n`);
    },
    log: (line) => out.write(`${line}\n`),
    done() {},
  };
}

/** The text of the line. Pure. */
export function progressLine(p: {
  done: number;
  total: number | undefined;
  found: number;
  seconds: number;
  unit: string;
}): string {
  const rate = p.seconds > 0 ? p.done / p.seconds : 0;
  const parts = [`leakproof: ${p.done}${p.total !== undefined ? `/${p.total}` : ""} ${p.unit}`];
  if (p.total !== undefined && p.total > 0) parts[0] += ` (${Math.min(100, Math.floor((100 * p.done) / p.total))}%)`;
  parts.push(`${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`);
  // No ETA in the first second: the rate is not worth much yet.
  if (p.total !== undefined && rate > 0 && p.done < p.total && p.seconds >= 1)
    parts.push(`ETA ${duration((p.total - p.done) / rate)}`);
  if (p.found > 0) parts.push(`${p.found} found`);
  return parts.join(", ");
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
