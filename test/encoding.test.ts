// Exact decoding and encoding back (src/encoding.ts): what a fix reads is written back byte for byte.
import { describe, expect, it } from "vitest";
import { decodeExact, encode } from "../src/encoding.js";

describe("decodeExact / encode", () => {
  it.each([
    ["utf8", Buffer.from("é = 'x'\n", "utf8")],
    ["utf8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("x = 'ü'\r\n", "utf8")])],
    ["utf16le", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("x = 1\n", "utf16le")])],
    ["utf16be", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("x = 1\n", "utf16le").swap16()])],
    ["bytes", Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a, 0x78, 0x0a])], // Latin-1 "# été"
  ])("%s round-trips byte for byte", (encoding, bytes) => {
    const d = decodeExact(bytes)!;
    expect(d.encoding).toBe(encoding);
    expect(encode(d.text, d.encoding).equals(bytes)).toBe(true);
    // An ASCII edit keeps every other byte.
    const edited = encode(d.text.replace("x", "os.environ['X']"), d.encoding);
    expect(decodeExact(edited)!.text).toBe(d.text.replace("x", "os.environ['X']"));
  });

  it("binary is refused", () => {
    expect(decodeExact(Buffer.from([0x41, 0x00, 0x42]))).toBeUndefined();
  });
});
