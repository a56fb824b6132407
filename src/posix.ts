// Paths as leakproof reports and compares them: relative, with "/" whatever the platform.
import { relative, sep } from "node:path";

export function toPosix(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

/** path.relative, in POSIX form. */
export function posixRelative(from: string, to: string): string {
  return toPosix(relative(from, to));
}
