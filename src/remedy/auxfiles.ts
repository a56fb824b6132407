// The files a fix writes besides the source files: .env, .gitignore, .env.example. Each is read
// once (its hash kept) and written atomically over exactly that content, in its own encoding.
import { join } from "node:path";
import { snapshot, writeAtomic } from "./apply.js";
import { decodeExact, encode, type Encoding } from "../encoding.js";
import { notTextError } from "./errors.js";

export class AuxFiles {
  private readonly seen = new Map<string, { hash: string; text: string | undefined; encoding: Encoding }>();
  constructor(private readonly root: string) {}

  /** The file's text; undefined when it does not exist. */
  text(path: string): string | undefined {
    return this.read(path).text;
  }

  /** Writes over the file as read (ChangedError if it changed since); a new file gets `newMode`. */
  write(path: string, text: string, newMode: number): void {
    const r = this.read(path);
    writeAtomic(join(this.root, path), encode(text, r.encoding), r.hash, newMode, path);
  }

  private read(path: string) {
    let r = this.seen.get(path);
    if (!r) {
      const snap = snapshot(join(this.root, path));
      const d = snap.bytes ? decodeExact(snap.bytes) : undefined;
      if (snap.bytes && !d) throw notTextError(path);
      r = { hash: snap.hash, text: d?.text, encoding: d?.encoding ?? "utf8" };
      this.seen.set(path, r);
    }
    return r;
  }
}
