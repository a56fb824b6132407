// A file's bytes ↔ text, the one place that decides it, two ways side by side:
// - decodeText, lossy, for scanning: UTF-16 is recognised by its byte-order mark; everything else
//   is decoded as UTF-8 with replacement, which keeps every ASCII secret intact even in Latin-1 or
//   Shift-JIS files. Binary (a NUL in the first 8000 bytes, as git judges) is undefined.
// - decodeExact / encode, for rewriting: what is decoded is encoded back to the same bytes, so a
//   fix changes only the lines it rewrites. UTF-8 (with or without a byte-order mark) and UTF-16
//   with a BOM are decoded as such; anything else that is not valid UTF-8 (Latin-1, Windows-1252,
//   …) is read one byte per character, which round-trips every byte and keeps ASCII secrets as they are.

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");
/** Like git: a NUL byte in the first 8000 bytes means binary. */
const SNIFF = 8000;

/** Bytes → text for scanning, whatever the encoding; undefined for binary content. */
export function decodeText(buf: Uint8Array): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf16le.decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf16be.decode(buf.subarray(2));
  const head = buf.subarray(0, SNIFF);
  if (head.indexOf(0) !== -1) return undefined;
  return utf8.decode(buf);
}

export type Encoding = "utf8" | "utf8-bom" | "utf16le" | "utf16be" | "bytes";

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Undefined when the bytes are binary (a NUL in an 8-bit file) or would not round-trip. */
export function decodeExact(bytes: Uint8Array): Decoded | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: Decoded | undefined;
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    decoded = { text: buf.subarray(2).toString("utf16le"), encoding: "utf16le" };
  else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    decoded = { text: swap16(buf.subarray(2)).toString("utf16le"), encoding: "utf16be" };
  else if (buf.indexOf(0) !== -1) return undefined;
  else {
    const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    try {
      decoded = { text: strictUtf8.decode(bom ? buf.subarray(3) : buf), encoding: bom ? "utf8-bom" : "utf8" };
    } catch {
      decoded = { text: buf.toString("latin1"), encoding: "bytes" };
    }
  }
  return encode(decoded.text, decoded.encoding).equals(buf) ? decoded : undefined;
}

/** Text → bytes in the file's encoding. Throws if a character cannot be written in it. */
export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case "utf8":
      return Buffer.from(text, "utf8");
    case "utf8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swap16(Buffer.from(text, "utf16le"))]);
    case "bytes":
      if (/[\u0100-\uffff]/.test(text)) throw new Error("a character outside the file's 8-bit encoding");
      return Buffer.from(text, "latin1");
  }
}

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b);
  if (out.length % 2 === 0) out.swap16();
  return out;
}
