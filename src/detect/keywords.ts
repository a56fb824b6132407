// Keyword prefilter: one pass of an Aho-Corasick automaton over the text, ASCII case-folded.
// A rule's regex runs only on lines where one of its keywords occurs.

const ALPHABET = 128;
const SHIFT = 7;

export interface SavedMatcher {
  keywords: string[];
  delta: Int32Array;
  out: (number[] | null)[];
}

export class KeywordMatcher {
  /**
   * The DFA: entry `s + c` is the next state for state `s` and character `c` (< 128). States are
   * stored premultiplied by ALPHABET, so a step is one load; upper-case columns repeat lower-case ones.
   */
  private readonly delta: Int32Array;
  /** For each state (by number, not premultiplied): the keywords that end there (including via failure links). */
  private readonly out: (number[] | undefined)[];
  /** 1 where `out` has keywords: a typed-array check per character instead of an array load. */
  private readonly hasOut: Uint8Array;

  /** The automaton as data, so a build can store it (src/rules/pack.ts) and a start can skip building it. */
  save(): SavedMatcher {
    return { keywords: [...this.keywords], delta: this.delta, out: this.out.map((o) => o ?? null) };
  }

  /** `saved` is used when it was made for exactly these keywords; otherwise the automaton is built. */
  constructor(
    readonly keywords: readonly string[],
    saved?: SavedMatcher,
  ) {
    if (saved && saved.keywords.length === keywords.length && saved.keywords.every((k, i) => k === keywords[i])) {
      this.delta = saved.delta;
      this.out = saved.out.map((o) => o ?? undefined);
      this.hasOut = Uint8Array.from(saved.out, (o) => (o ? 1 : 0));
      return;
    }
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
    const next = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0]![c]!;
      next[c] = t === -1 ? 0 : t;
      if (t !== -1) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]) out[s] = [...(out[s] ?? []), ...out[f]];
      for (let c = 0; c < ALPHABET; c++) {
        const t = goto[s]![c]!;
        if (t === -1) next[s * ALPHABET + c] = next[f * ALPHABET + c]!;
        else {
          fail[t] = next[f * ALPHABET + c]!;
          next[s * ALPHABET + c] = t;
          queue.push(t);
        }
      }
    }
    const delta = new Int32Array(n * ALPHABET);
    for (let s = 0; s < n; s++) {
      for (let c = 0; c < ALPHABET; c++) delta[s * ALPHABET + c] = next[s * ALPHABET + fold(c)]! * ALPHABET;
    }
    this.delta = delta;
    this.out = out;
    this.hasOut = Uint8Array.from(out, (o) => (o ? 1 : 0));
  }

  /** Calls `onHit` for every keyword occurrence (within text[from, to) when given). */
  scan(text: string, onHit: (end: number, keywords: readonly number[]) => void, from = 0, to = text.length): void {
    const delta = this.delta;
    const hasOut = this.hasOut;
    let s = 0;
    for (let i = from, n = to; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      s = delta[s + c]!;
      if (hasOut[s >> SHIFT] !== 0) onHit(i + 1, this.out[s >> SHIFT]!);
    }
  }
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}
