// The repository root, found without running git: the nearest directory with a .git entry.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function findRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
