// Writing a report, a baseline or the step summary where the user asked: a path that cannot be
// written (a missing directory, no permission, a directory) is a message and exit 2, never a
// stack trace; the scan's verdict is not lost in it.
import { appendFileSync, writeFileSync } from "node:fs";
import { UsageError } from "./errors.js";

const WHY: Record<string, string> = {
  ENOENT: "its directory does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links (a loop?)",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
};

function failed(what: string, file: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  throw new UsageError(`cannot write ${what} to ${file}: ${WHY[code] ?? (e as Error).message}`);
}

export function writeOutput(what: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    failed(what, file, e);
  }
}

export function appendOutput(what: string, file: string, text: string): void {
  try {
    appendFileSync(file, text);
  } catch (e) {
    failed(what, file, e);
  }
}
