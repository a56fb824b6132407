// The progress line a long history scan prints on stderr.
import { describe, expect, it } from "vitest";
import { progress, progressLine } from "../../src/cli/progress.js";

describe("progress line", () => {
  it("done / total, rate, ETA and findings so far", () => {
    expect(progressLine({ done: 500, total: 2000, found: 0, seconds: 2, unit: "commits" })).toBe(
      "leakproof: 500/2000 commits (25%), 250/s, ETA 6s",
    );
    expect(progressLine({ done: 10, total: undefined, found: 3, seconds: 4, unit: "commits" })).toBe(
      "leakproof: 10 commits, 2.5/s, 3 found",
    );
    expect(progressLine({ done: 100, total: 100000, found: 0, seconds: 1, unit: "commits" })).toMatch(/ETA 16m39s$/);
  });

  it("redraws in place at most every 100 ms on a TTY, and erases itself", () => {
    let t = 0;
    const written: string[] = [];
    const out = { isTTY: true, columns: 200, write: (s: string) => written.push(s) };
    const p = progress(out, true, { unit: "commits", now: () => t });
    p.total(3);
    p.tick();
    t = 50;
    p.tick(1);
    t = 150;
    p.tick();
    p.done();
    expect(written).toEqual([
      "\rleakproof: 1/3 commits (33%), 0.0/s\x1b[K",
      "\rleakproof: 3/3 commits (100%), 20.0/s, 1 found\x1b[K",
      "\r\x1b[K",
    ]);
  });

  it("a line of its own (--verbose findings) goes above the progress line, which is drawn again", () => {
    let t = 0;
    const written: string[] = [];
    const p = progress({ isTTY: true, columns: 0, write: (s: string) => written.push(s) }, true, {
      unit: "commits",
      now: () => t,
    });
    p.log("before any progress");
    p.tick();
    t = 2000;
    p.log("found one");
    expect(written).toEqual([
      "before any progress\n",
      "\rleakproof: 1 commits, 0.0/s\x1b[K",
      "\r\x1b[Kfound one\n",
      "\rleakproof: 1 commits, 0.5/s\x1b[K",
    ]);
    // Not a TTY: the line is written as it is, and nothing else.
    const plain: string[] = [];
    const q = progress({ isTTY: false, write: (s: string) => plain.push(s) }, true, { unit: "commits" });
    q.tick();
    q.log("found one");
    expect(plain).toEqual(["found one\n"]);
  });

  it("writes nothing when not a TTY, or when disabled (--quiet)", () => {
    const written: string[] = [];
    for (const [tty, on] of [
      [false, true],
      [true, false],
    ] as const) {
      const p = progress({ isTTY: tty, write: (s: string) => written.push(s) }, on, { unit: "commits" });
      p.total(1);
      p.tick();
      p.done();
    }
    expect(written).toEqual([]);
  });
});
