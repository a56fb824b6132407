// A unified diff of two texts, for showing a fix before it is written. Lines are compared with
// their endings (a changed ending is a change); Myers' algorithm, fast when changes are few.

export interface UnifiedDiffOptions {
  /** Applied to every shown line: hides secrets. */
  mask?: (line: string) => string;
  context?: number;
}

type Op = [" " | "-" | "+", string];

export function unifiedDiff(
  path: string,
  before: string | undefined,
  after: string,
  opts: UnifiedDiffOptions = {},
): string {
  const a = split(before ?? "");
  const b = split(after);
  const ops = diffLines(a, b);
  if (!ops.some(([t]) => t !== " ")) return "";
  const context = opts.context ?? 3;
  const mask = opts.mask ?? ((l: string) => l);
  const out = [`--- ${before === undefined ? "/dev/null" : `a/${path}`}`, `+++ b/${path}`];
  // Hunks: runs of changes with up to `context` unchanged lines around them (merged when close).
  let i = 0;
  while (i < ops.length) {
    if (ops[i]![0] === " ") {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]![0] !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next]![0] === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k]![0] !== "+") oldStart++;
      if (ops[k]![0] !== "-") newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter(([t]) => t !== "+").length;
    const newCount = hunk.filter(([t]) => t !== "-").length;
    out.push(
      `@@ -${range(oldCount === 0 ? oldStart - 1 : oldStart, oldCount)} +${range(newCount === 0 ? newStart - 1 : newStart, newCount)} @@`,
    );
    for (const [t, line] of hunk) out.push(t + mask(line.replace(/\r?\n$/, "")));
    i = end;
  }
  return out.join("\n") + "\n";
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** Lines with their endings ("a\n", "b\r\n", "c"). */
function split(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/** Myers' O((N+M)·D) shortest edit script, as keep / delete / insert operations. */
export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Common prefix and suffix first: most fixes touch a few lines of a long file.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const ops: Op[] = a.slice(0, pre).map((l) => [" ", l] as Op);
  ops.push(...myers(A, B));
  for (const l of a.slice(a.length - suf)) ops.push([" ", l]);
  return ops;
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push([" ", a[--x]!]);
      y--;
    }
    if (x === prevX) ops.push(["+", b[--y]!]);
    else ops.push(["-", a[--x]!]);
  }
  while (x > 0 && y > 0) {
    ops.push([" ", a[--x]!]);
    y--;
  }
  while (y > 0) ops.push(["+", b[--y]!]);
  while (x > 0) ops.push(["-", a[--x]!]);
  return ops.reverse();
}
