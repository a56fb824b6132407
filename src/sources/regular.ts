// Reading a small file leakproof relies on (config, ignore file, baseline) that a repository may
// have made anything: a symlink to /dev/zero or a FIFO would hang a plain read forever (and the
// hook with it). Opened without blocking, refused unless a regular file, read up to a bound.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { LeakproofError } from "../errors.js";

export class FileRefused extends LeakproofError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** What a non-regular file is, in words. */
function kind(st: import("node:fs").Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * The bytes of a regular file (symlinks followed) of at most `max` bytes. Throws FileRefused for
 * anything else or anything larger; a missing or unreadable file throws the usual errno error.
 */
export function readRegular(path: string, max: number): Buffer {
  // O_NONBLOCK: opening a FIFO must not wait for a writer. It changes nothing for a regular file.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileRefused(path, `${kind(st)}, not a regular file: refusing to read it`);
    if (st.size > max)
      throw new FileRefused(path, `${(st.size / 1048576).toFixed(1)} MiB, more than the ${max / 1048576} MiB allowed`);
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, n)) > 0;) n += r;
    if (n > max) throw new FileRefused(path, `more than the ${max / 1048576} MiB allowed`);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Bounds for the files read through readRegular. */
export const SMALL_FILE = 1048576;
export const BASELINE_FILE = 64 * 1048576;
