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

/** Where one object's body goes, chunk by chunk. */
export interface ObjectSink {
  data(chunk: Buffer): void;
  end(): void;
}

/**
 * `git cat-file --batch` output as it streams, each object's body handed on in chunks (a large
 * blob is never held whole): "<oid> <type> <size>\n<body>\n" per object, "<name> missing\n" (or
 * "ambiguous") for names that resolve to nothing.
 */
export class BatchStream {
  private head: Buffer[] = [];
  /** Body bytes still expected, then 1 for the "\n" after it; -1: reading a header line. */
  private need = -1;
  private bodyLeft = 0;
  private current: ObjectSink | undefined;

  constructor(
    private readonly open: (oid: string, type: string) => ObjectSink,
    private readonly missing: (name: string, what: string) => void = () => {},
  ) {}

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
        const parts = line.split(" ");
        const size = Number(parts[2]);
        if (parts.length !== 3 || !Number.isInteger(size) || size < 0) {
          // "<name> missing" / "<name> ambiguous": the name may hold spaces.
          const sp = line.lastIndexOf(" ");
          this.missing(line.slice(0, sp), line.slice(sp + 1));
          continue;
        }
        this.current = this.open(parts[0]!, parts[1]!);
        this.bodyLeft = size;
        this.need = size + 1;
      } else {
        const take = Math.min(this.need, chunk.length - at);
        const body = Math.min(take, this.bodyLeft);
        if (body > 0) this.current!.data(chunk.subarray(at, at + body));
        this.bodyLeft -= body;
        at += take;
        this.need -= take;
        if (this.need === 0) {
          this.current!.end();
          this.current = undefined;
          this.need = -1;
        }
      }
    }
  }
}

/** The same output, one whole object at a time (blobs small enough to hold). */
export class BatchReader {
  private readonly stream: BatchStream;

  constructor(onObject: (o: BatchObject) => void) {
    this.stream = new BatchStream(
      (oid, type) => {
        const parts: Buffer[] = [];
        return {
          data: (chunk) => parts.push(chunk),
          end: () => onObject({ oid, type, body: Buffer.concat(parts) }),
        };
      },
      (name, what) => onObject({ oid: name, type: what, body: undefined }),
    );
  }

  push(chunk: Buffer): void {
    this.stream.push(chunk);
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
