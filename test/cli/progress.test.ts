// Progress: redrawn in place on a terminal; in a CI log (not a TTY) a plain line every few
// seconds, and nothing for work that ends sooner. Time is a fake clock, never the real one.
import { describe, expect, it } from "vitest";
import { progress } from "../../src/cli/progress.js";

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
