// Files as a revision range changed them, or as they were before it: for a CI scan of a range,
// whose own commits must not rewrite the settings that judge them.
import { gitSync } from "./exec.js";

/** Which of these repo-relative paths some commit of the ranges added, changed, renamed or deleted. */
export function touchedInRange(cwd: string, ranges: readonly string[], paths: readonly string[]): string[] {
  if (paths.length === 0 || ranges.length === 0) return [];
  const out = gitSync(
    [
      "log",
      "--format=",
      "--name-only",
      "-z",
      "--no-renames",
      "--end-of-options",
      ...ranges,
      "--",
      ...paths.map((p) => `:(top,literal)${p}`),
    ],
    // A range git cannot read (a base not fetched) is checkRanges' to explain, with how to fetch it.
    { cwd, okCodes: [128] },
  );
  if (out.code !== 0) return [];
  const text = out.stdout.toString("utf8");
  const touched = new Set(text.split("\0").map((p) => p.replace(/^\n+/, "")));
  return paths.filter((p) => touched.has(p));
}

/** A file's bytes at a revision; undefined when it has no such file. Over `max` bytes is a GitError. */
export function fileAtRev(cwd: string, rev: string, path: string, max: number): Buffer | undefined {
  const r = gitSync(["cat-file", "blob", `${rev}:${path}`], { cwd, okCodes: [128], maxBuffer: max + 1 });
  return r.code === 0 ? r.stdout : undefined;
}
