// Blobs that git showed as binary but may hold text: files marked -diff / binary in
// .gitattributes, UTF-16 files (their NUL bytes make git call them binary). Pure parts: the
// `git cat-file --batch` output reader and the lines a new version adds to an old one.

export interface BatchObject {
  /** The name asked for (when missing) or the object id. */
  oid: string;
  type: string;
  /** Undefined for a missing object. */
  body: Buffer | undefined;
}

/**
 * Reads `git cat-file --batch` output as it streams: "<oid> <type> <size>\n<body>\n" per object,
 * "<name> missing\n" (or "ambiguous") for names that resolve to nothing. Holds one object at a time.
 */
export class BatchReader {
  private head: Buffer[] = [];
  private body: Buffer[] = [];
  private need = -1; // bytes of body (+ its "\n") still expected; -1: reading a header line
  private current: { oid: string; type: string; size: number } | undefined;

  constructor(private readonly onObject: (o: BatchObject) => void) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.need < 0) {
        const nl = chunk.indexOf(10, at);
        if (nl === -1) {
          this.head.push(chunk.subarray(at));
          return;
        }
        this.head.push(chunk.subarray(at, nl));
        at = nl + 1;
        const line = Buffer.concat(this.head).toString("utf8");
        this.head = [];
        this.header(line);
      } else {
        const take = Math.min(this.need, chunk.length - at);
        this.body.push(chunk.subarray(at, at + take));
        at += take;
        this.need -= take;
        if (this.need === 0) this.finish();
      }
    }
  }

  private header(line: string): void {
    const parts = line.split(" ");
    const size = Number(parts[2]);
    if (parts.length === 3 && Number.isInteger(size) && size >= 0) {
      this.current = { oid: parts[0]!, type: parts[1]!, size };
      this.need = size + 1;
      if (this.need === 0) this.finish();
    } else {
      // "<name> missing" / "<name> ambiguous": the name may hold spaces.
      const sp = line.lastIndexOf(" ");
      this.onObject({ oid: line.slice(0, sp), type: line.slice(sp + 1), body: undefined });
    }
  }

  private finish(): void {
    const c = this.current!;
    const all = Buffer.concat(this.body);
    this.body = [];
    this.need = -1;
    this.current = undefined;
    this.onObject({ oid: c.oid, type: c.type, body: all.subarray(0, c.size) });
  }
}

/**
 * The runs of lines in `newer` that `older` does not have (by content, wherever they were), as
 * 1-based start line and text: what a commit added to a file git would not diff. Pure.
 */
export function addedRuns(older: string, newer: string): Array<{ startLine: number; text: string }> {
  const split = (t: string) => {
    const lines = t.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  };
  const had = new Set(split(older));
  const runs: Array<{ startLine: number; text: string }> = [];
  let run: string[] = [];
  let start = 0;
  split(newer).forEach((line, i) => {
    if (had.has(line)) {
      if (run.length > 0) runs.push({ startLine: start, text: run.join("\n") });
      run = [];
      return;
    }
    if (run.length === 0) start = i + 1;
    run.push(line);
  });
  if (run.length > 0) runs.push({ startLine: start, text: run.join("\n") });
  return runs;
}
