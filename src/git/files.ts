// What git knows about single files of a work tree: tracked, changed, ignored; staging them,
// listing them, reading their blobs. Paths are repository-relative POSIX and taken literally.
import { gitSync, gitText } from "./exec.js";

/** A pathspec naming exactly this path from the top of the work tree (no globbing). */
function literal(path: string): string {
  return `:(top,literal)${path}`;
}

/** Whether git tracks the path (it is in the index). */
export function isTracked(root: string, path: string): boolean {
  return gitText(["ls-files", "--cached", "--", literal(path)], { cwd: root }) !== "";
}

/** Whether the work tree's copy of a tracked file differs from the index. */
export function hasUnstagedChanges(root: string, path: string): boolean {
  return gitSync(["diff", "--quiet", "--", literal(path)], { cwd: root, okCodes: [1] }).code === 1;
}

/** Which of these paths git ignores (.gitignore, info/exclude, core.excludesFile), tracked or not. */
export function ignoredAmong(root: string, paths: readonly string[]): Set<string> {
  if (paths.length === 0) return new Set();
  const out = gitSync(["check-ignore", "--no-index", "--", ...paths], { cwd: root, okCodes: [1] });
  return new Set(out.stdout.toString("utf8").split("\n").filter(Boolean));
}

/** Stages the paths as they are in the work tree. */
export function stage(root: string, paths: readonly string[]): void {
  gitSync(["add", "--", ...paths.map(literal)], { cwd: root });
}

/** Every file git tracks, and the untracked ones it does not ignore. */
export function listFiles(root: string): string[] {
  return gitSync(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root })
    .stdout.toString("utf8")
    .split("\0")
    .filter(Boolean);
}

/** A staged file's bytes: by blob id when known, else its index entry. Over `max` bytes is a GitError. */
export function stagedBytes(cwd: string, path: string, blob: string | undefined, max: number): Buffer {
  return gitSync(["cat-file", "blob", blob ?? `:0:${path}`], { cwd, maxBuffer: max + 1 }).stdout;
}

/** A file's bytes at HEAD; undefined when HEAD has no such file (or there is no HEAD). */
export function headBytes(root: string, path: string): Buffer | undefined {
  const r = gitSync(["cat-file", "blob", `HEAD:${path}`], { cwd: root, okCodes: [128], maxBuffer: 64 * 1048576 });
  return r.code === 0 ? r.stdout : undefined;
}
