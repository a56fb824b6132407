// The files a fix writes besides the source files: .env, .gitignore, .env.example. Each is read
// once (its hash kept) and written atomically over exactly that content, in its own encoding.
import { lstatSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { snapshot, writeAtomic } from "./apply.js";
import { decodeExact, encode, type Encoding } from "../encoding.js";
import { FixError, notTextError } from "./errors.js";

export class AuxFiles {
  private readonly seen = new Map<string, { hash: string; text: string | undefined; encoding: Encoding }>();
  constructor(private readonly root: string) {}

  /** The file's text; undefined when it does not exist. */
  text(path: string): string | undefined {
    return this.read(path).text;
  }

  /** How the file is encoded (a missing file will be UTF-8). */
  encoding(path: string): Encoding {
    return this.read(path).encoding;
  }

  /** Writes over the file as read (ChangedError if it changed since); a new file gets `newMode`. */
  write(path: string, text: string, newMode: number): void {
    const r = this.read(path);
    writeAtomic(join(this.root, path), encode(text, r.encoding), r.hash, newMode, path);
  }

  private read(path: string) {
    let r = this.seen.get(path);
    if (!r) {
      refuseUnusual(this.root, path);
      const snap = snapshot(join(this.root, path));
      const d = snap.bytes ? decodeExact(snap.bytes) : undefined;
      if (snap.bytes && !d) throw notTextError(path);
      r = { hash: snap.hash, text: d?.text, encoding: d?.encoding ?? "utf8" };
      this.seen.set(path, r);
    }
    return r;
  }
}

/**
 * .env, .gitignore and .env.example are written only as regular files inside the repository: a
 * link could send a secret to a file elsewhere (keeping that file's mode, maybe 0644), a FIFO would
 * hang the read, a directory or a device cannot hold the lines.
 */
function refuseUnusual(root: string, path: string): void {
  const abs = join(root, path);
  let st;
  try {
    st = lstatSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw notReadable(path, e);
    st = undefined;
  }
  const advice = `Make ${path} a regular file in the repository (or move the values by hand), then run leakproof fix again.`;
  if (st?.isSymbolicLink())
    throw new FixError(
      [
        `${path} is a symbolic link: leakproof fix does not write through links (a secret could land outside the repository)`,
      ],
      advice,
    );
  if (st && !st.isFile()) throw new FixError([`${path} is ${kindOf(st)}, not a regular file`], advice);
  // A parent directory that is a link out of the repository is the same thing one level up.
  let dir: string;
  try {
    dir = realpathSync(dirname(abs));
  } catch {
    return; // created by the write
  }
  const rel = relative(realpathSync(root), dir);
  if (rel === ".." || rel.startsWith(`..${sep}`))
    throw new FixError([`${path} is in a directory that links outside the repository`], advice);
}

function kindOf(st: import("node:fs").Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}

function notReadable(path: string, e: unknown): FixError {
  return new FixError([`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
}
