// Content a ref holds without a commit: a tag (or any ref) pointing straight at a blob or a tree.
// `git log --all` walks commits only, so such content is pushed with the tag yet never shown in a
// patch; it is read here whole (`git cat-file`), as a file named after the ref.
import type { Fragment, Skip } from "../types.js";
import { decodeText } from "../encoding.js";
import { BatchReader } from "./blobs.js";
import { gitStream, gitSync } from "./exec.js";
import { mib } from "../units.js";

export interface RefObject {
  /** The ref's name, plus ":path" for a blob inside a tagged tree. */
  path: string;
  oid: string;
  size: number;
}

/** The blobs refs point at (through tags, however nested), and those inside trees refs point at. */
export function refBlobs(cwd: string): RefObject[] {
  const refs = gitSync(["for-each-ref", "--format=%(objecttype) %(objectname) %(refname)"], { cwd })
    .stdout.toString("utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("commit "));
  if (refs.length === 0) return [];
  // Peel every tag to what it finally names.
  const named = refs.map((l) => {
    const [, oid, ...name] = l.split(" ");
    return { oid: oid!, ref: name.join(" ") };
  });
  const peeled = batchCheck(
    cwd,
    named.map((n) => `${n.oid}^{}`),
  );
  const out: RefObject[] = [];
  const seen = new Set<string>();
  named.forEach((n, i) => {
    const p = peeled[i];
    if (!p || seen.has(`${p.type} ${p.oid}`)) return;
    seen.add(`${p.type} ${p.oid}`);
    if (p.type === "blob") out.push({ path: n.ref, oid: p.oid, size: p.size });
    else if (p.type === "tree") out.push(...treeBlobs(cwd, p.oid, n.ref));
  });
  return out;
}

function batchCheck(cwd: string, names: string[]): Array<{ type: string; oid: string; size: number } | undefined> {
  return gitSync(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], {
    cwd,
    input: names.join("\n") + "\n",
  })
    .stdout.toString("utf8")
    .split("\n")
    .slice(0, names.length)
    .map((line) => {
      const [oid, type, size] = line.split(" ");
      return oid && type && /^\d+$/.test(size ?? "") ? { oid, type, size: Number(size) } : undefined;
    });
}

function treeBlobs(cwd: string, tree: string, ref: string): RefObject[] {
  // "<mode> <type> <oid> <size>\t<path>\0"
  const out: RefObject[] = [];
  for (const entry of gitSync(["ls-tree", "-r", "-z", "--long", "--full-tree", tree], {
    cwd,
    maxBuffer: 1024 * 1048576,
  })
    .stdout.toString("utf8")
    .split("\0")) {
    const tab = entry.indexOf("\t");
    if (tab === -1) continue;
    const [, type, oid, size] = entry.slice(0, tab).split(/ +/);
    if (type === "blob" && oid) out.push({ path: `${ref}:${entry.slice(tab + 1)}`, oid, size: Number(size) });
  }
  return out;
}

/** Reads the blobs refs hold outside commits and yields their text; binary and too large ones are skips. */
export async function scanRefBlobs(
  cwd: string,
  maxFileSize: number,
  isIgnored: (path: string) => boolean,
  onFragment: (f: Fragment) => void,
  onSkip: (s: Skip) => void,
): Promise<void> {
  const wanted: RefObject[] = [];
  for (const b of refBlobs(cwd)) {
    if (isIgnored(b.path)) continue;
    if (b.size > maxFileSize) onSkip({ path: b.path, reason: "too-large", detail: mib(b.size) });
    else wanted.push(b);
  }
  if (wanted.length === 0) return;
  let next = 0;
  const reader = new BatchReader((o) => {
    const b = wanted[next++]!;
    const text = o.body ? decodeText(o.body) : undefined;
    if (text === undefined) onSkip({ path: b.path, reason: "binary" });
    else onFragment({ path: b.path, text, startLine: 1 });
  });
  await gitStream(["cat-file", "--batch"], { cwd, input: wanted.map((b) => b.oid).join("\n") + "\n" }, (chunk) =>
    reader.push(chunk),
  );
}
