// Keyword prefilter: one pass of an Aho-Corasick automaton over the text, ASCII case-folded.
// A rule's regex runs only on lines where one of its keywords occurs.

const ALPHABET = 128;

export interface KeywordHit {
  /** Offset just past the keyword's last character. */
  end: number;
  /** Index into the keyword list given to the constructor. */
  keyword: number;
}

export class KeywordMatcher {
  private readonly delta: Int32Array;
  /** For each state: the keywords that end there (including via failure links). */
  private readonly out: (number[] | undefined)[];

  constructor(readonly keywords: readonly string[]) {
    const goto: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
    const out: (number[] | undefined)[] = [undefined];
    keywords.forEach((kw, k) => {
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = fold(kw.charCodeAt(i));
        if (c >= ALPHABET) throw new Error(`keyword ${JSON.stringify(kw)} must be ASCII`);
        const row = goto[s]!;
        if (row[c] === -1) {
          row[c] = goto.length;
          goto.push(new Int32Array(ALPHABET).fill(-1));
          out.push(undefined);
        }
        s = row[c]!;
      }
      (out[s] ??= []).push(k);
    });
    // Breadth-first: fill failure transitions so the automaton becomes a DFA (one lookup per character).
    const n = goto.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0]![c]!;
      delta[c] = t === -1 ? 0 : t;
      if (t !== -1) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]) out[s] = [...(out[s] ?? []), ...out[f]!];
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s]![c]!;
        if (t === -1) delta[s * ALPHABET + c] = delta[f * ALPHABET + c]!;
        else {
          fail[t] = delta[f * ALPHABET + c]!;
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        }
      }
    }
    this.delta = delta;
    this.out = out;
  }

  /** Calls `onHit` for every keyword occurrence. */
  scan(text: string, onHit: (end: number, keywords: readonly number[]) => void): void {
    const delta = this.delta;
    const out = this.out;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c |= 32;
      s = delta[s * ALPHABET + c]!;
      const o = out[s];
      if (o !== undefined) onHit(i + 1, o);
    }
  }
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}
