// The progress a long history scan prints on stderr: a line redrawn in place on a terminal; in a
// CI log (not a TTY) a plain line every few seconds. Time is a fake clock, never the real one.
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

  it("writes nothing for a short scan when not a TTY, or when disabled (--quiet)", () => {
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

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { out: { isTTY, columns: 80, write: (s: string) => writes.push(s) }, writes };
}

describe("progress when stderr is not a TTY", () => {
  it("writes a whole line every lineEvery ms, none before, none for a short scan", () => {
    let t = 0;
    const { out, writes } = sink(false);
    const p = progress(out, true, { unit: "commits", now: () => t, lineEvery: 5000 });
    p.total(1000);
    for (let i = 0; i < 100; i++) {
      t += 40; // 4 s for 100 commits
      p.tick();
    }
    expect(writes).toEqual([]);
    for (let i = 0; i < 100; i++) {
      t += 40;
      p.tick(i === 10 ? 2 : 0);
    }
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^leakproof: 125\/1000 commits \(12%\), 25\.0\/s, ETA 35s, 2 found\n$/);
    for (let i = 0; i < 200; i++) {
      t += 40;
      p.tick();
    }
    expect(writes).toHaveLength(3); // at 5 s, 10 s and 15 s
    expect(writes.every((w) => !w.includes("\r") && !w.includes("\x1b"))).toBe(true);
    p.done();
    expect(writes).toHaveLength(3);
  });

  it("writes nothing with --quiet", () => {
    let t = 0;
    const { out, writes } = sink(false);
    const p = progress(out, false, { unit: "commits", now: () => t, lineEvery: 10 });
    for (let i = 0; i < 10; i++) {
      t += 100;
      p.tick();
    }
    expect(writes).toEqual([]);
  });

  it("on a terminal still redraws one line in place and erases it", () => {
    let t = 0;
    const { out, writes } = sink(true);
    const p = progress(out, true, { unit: "commits", now: () => t, every: 100 });
    for (let i = 0; i < 5; i++) {
      t += 150;
      p.tick();
    }
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.startsWith("\r"))).toBe(true);
    p.done();
    expect(writes.at(-1)).toBe("\r\x1b[K");
  });
});
