// The build's pack of patterns/ (dist/patterns.pack), as bytes: one line of JSON, the index (each
// file's hash and top-level tables, each rule's cheap fields and where its table lies), then each
// rule's whole table as JSON, one a line. All of it ASCII (other characters \u-escaped), so a start
// reads it as one buffer and parses only the index; a rule's table is decoded and parsed when the
// rule is first used (see lazy.ts). So the hook's start does not grow with the rule count.

type Table = Record<string, unknown>;

/** Fields of a rule every start needs (keyword index, path rules, overlaps, context reach, ids). */
export const CHEAP_FIELDS = ["id", "keywords", "files", "priority", "multiline", "reach"] as const;

export interface PackedRuleEntry {
  /** The rule's CHEAP_FIELDS, as in its table. */
  cheap: Table;
  /** Its whole table: [start, end) in the body (the bytes after the index line). */
  at: [number, number];
}

export interface PackedFileEntry {
  name: string;
  /**
   * The file's length in bytes. The pack is the build of patterns/ (as dist/ is of src/): a file
   * added, removed or of another length sends the start back to the TOML. Reading and hashing every
   * file instead cost each commit ~4 ms; an edit that keeps a file's length needs `npm run dist`.
   */
  size: number;
  /** The file's top-level tables but its rules (title, allowlist). */
  top: Table;
  rules: PackedRuleEntry[];
}

export interface PackIndex {
  version: typeof VERSION;
  files: PackedFileEntry[];
}

const VERSION = 3;

/** JSON with every character past ASCII escaped (JSON.parse reads it back the same). */
function asciiJson(v: unknown): string {
  return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The pack of parsed rule files (name, length in bytes, parsed TOML). */
export function encodePack(files: readonly { name: string; size: number; doc: Table }[]): Buffer {
  const bodies: string[] = [];
  let pos = 0;
  const index: PackIndex = {
    version: VERSION,
    files: files.map(({ name, size, doc }) => {
      const { rules = [], ...top } = doc;
      return {
        name,
        size,
        top,
        rules: (rules as Table[]).map((r) => {
          const body = asciiJson(r);
          const at: [number, number] = [pos, pos + body.length];
          bodies.push(body);
          pos += body.length + 1;
          const cheap: Table = {};
          for (const k of CHEAP_FIELDS) if (r[k] !== undefined) cheap[k] = r[k];
          return { cheap, at };
        }),
      };
    }),
  };
  return Buffer.from(`${asciiJson(index)}\n${bodies.join("\n")}`, "latin1");
}

/** The index of a pack and a reader of its rules' tables; undefined when it is not a pack of this version. */
export function decodePack(bytes: Buffer): { index: PackIndex; table: (at: [number, number]) => Table } | undefined {
  const nl = bytes.indexOf(10);
  if (nl === -1) return undefined;
  let index: PackIndex;
  try {
    index = JSON.parse(bytes.toString("latin1", 0, nl)) as PackIndex;
  } catch {
    return undefined;
  }
  if (index?.version !== VERSION || !Array.isArray(index.files)) return undefined;
  const base = nl + 1;
  return { index, table: ([s, e]) => JSON.parse(bytes.toString("latin1", base + s, base + e)) as Table };
}
