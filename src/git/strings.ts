// Many fixed strings searched at once in a byte stream: which of them occur. Pure: no I/O.
// `git grep -F -f` tries each pattern on each line (time grows with patterns × text: 2,500
// secrets took minutes); here a rolling hash of each string's first bytes picks the few
// candidates to compare at each position, so time grows with the text, not with the strings.

/** Bytes of a string's head that the rolling hash covers (at most; less for shorter strings). */
const HEAD = 12;
const FILTER_BITS = 22;
const B = 0x01000193;

export class StringSearch {
  private readonly keys: Buffer[];
  /** Bytes the hash covers: the shortest string's length, at most HEAD. */
  private readonly width: number;
  /** B^(width-1), to take the oldest byte out of the rolling hash. */
  private readonly pow: number;
  /** The longest string, minus one: the bytes kept between chunks. */
  private readonly keep: number;
  /** One bit per hash bucket that holds a string: most positions stop at this check. */
  private readonly filter = new Uint8Array(1 << (FILTER_BITS - 3));
  private readonly buckets = new Map<number, number[]>();
  /** Candidates compared byte by byte (tests check the work stays proportional to the text). */
  comparisons = 0;

  constructor(strings: readonly string[]) {
    this.keys = strings.map((s) => Buffer.from(s, "utf8"));
    const lengths = this.keys.filter((k) => k.length > 0).map((k) => k.length);
    this.width = Math.min(HEAD, ...lengths);
    this.keep = Math.max(0, ...lengths) - 1;
    let pow = 1;
    for (let i = 1; i < this.width; i++) pow = Math.imul(pow, B);
    this.pow = pow;
    this.keys.forEach((k, i) => {
      if (k.length === 0) return;
      // A secret's tail: its prefix is often shared (ghp_, django-insecure-), its end is random.
      const h = hashOf(k, k.length - this.width, this.width);
      const slot = bucketOf(h);
      this.filter[slot >>> 3]! |= 1 << (slot & 7);
      const list = this.buckets.get(h);
      if (list) list.push(i);
      else this.buckets.set(h, [i]);
    });
  }

  /** A stream to search (one file): push its bytes in any chunks, then end() → indices of the strings found. */
  stream(): { push(chunk: Uint8Array): void; end(): Set<number> } {
    const found = new Set<number>();
    let tail: Buffer = Buffer.alloc(0);
    return {
      push: (chunk) => {
        if (this.buckets.size === 0 || chunk.length === 0) return;
        const data =
          tail.length > 0 ? Buffer.concat([tail, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        // Every string ending in the new bytes is checked now; the last bytes stay for those that end later.
        this.scan(data, tail.length + 1, found);
        tail = Buffer.from(data.subarray(Math.max(0, data.length - this.keep)));
      },
      end: () => found,
    };
  }

  /** Indices of the strings that occur in `data`. */
  search(data: Uint8Array): Set<number> {
    const s = this.stream();
    s.push(data);
    return s.end();
  }

  /** Checks the strings that end at each position from `first` to data.length (an end is exclusive). */
  private scan(data: Buffer, first: number, found: Set<number>): void {
    const w = this.width;
    let e = Math.max(first, w);
    if (e > data.length) return;
    const { filter, pow } = this;
    let h = hashOf(data, e - w, w);
    for (;;) {
      const slot = bucketOf(h);
      if ((filter[slot >>> 3]! & (1 << (slot & 7))) !== 0) this.verify(data, e, h, found);
      if (e === data.length) break;
      h = (Math.imul(h - Math.imul(data[e - w]!, pow), B) + data[e]!) | 0;
      e++;
    }
  }

  private verify(data: Buffer, end: number, h: number, found: Set<number>): void {
    const list = this.buckets.get(h);
    if (!list) return;
    for (const i of list) {
      if (found.has(i)) continue;
      const k = this.keys[i]!;
      if (end < k.length) continue;
      this.comparisons++;
      if (data.compare(k, 0, k.length, end - k.length, end) === 0) found.add(i);
    }
  }
}

function hashOf(data: Uint8Array, from: number, width: number): number {
  let h = 0;
  for (let i = from; i < from + width; i++) h = (Math.imul(h, B) + data[i]!) | 0;
  return h;
}

function bucketOf(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);
}
