// Writing a fix: atomically (a temporary file beside the target, then rename, with the target's
// permissions), and only over a file still as it was scanned (its bytes' hash is compared just
// before the rename). The only fix module that touches the disk.
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  fchmodSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

export interface Snapshot {
  /** sha256 of the bytes, or "" for a missing file. */
  hash: string;
  bytes?: Buffer;
}

export function hashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The file's bytes and their hash now (a missing file has hash ""). */
export function snapshot(abs: string): Snapshot {
  try {
    const bytes = readFileSync(abs);
    return { hash: hashOf(bytes), bytes };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { hash: "" };
    throw e;
  }
}

export class ChangedError extends Error {}

/**
 * Replaces `abs` with `data` unless its content is no longer `expectHash` (ChangedError).
 * A symlink's target is written, not the link. New files get `newMode`; existing ones keep theirs.
 */
export function writeAtomic(abs: string, data: Uint8Array, expectHash: string, newMode = 0o644, shown = abs): void {
  let target = abs;
  try {
    if (lstatSync(abs).isSymbolicLink()) target = realpathSync(abs);
  } catch {
    // missing: created
  }
  let mode = newMode;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    // new file
  }
  const tmp = join(
    dirname(target),
    `.${basename(target)}.leakproof-${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  const fd = openSync(tmp, "wx", 0o600);
  try {
    try {
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off);
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (snapshot(target).hash !== expectHash) throw new ChangedError(`${shown} changed since it was read`);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or gone
    }
    throw e;
  }
}
