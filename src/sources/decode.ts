// Bytes → text, whatever the encoding. Returns undefined for binary content.
// UTF-16 is recognised by its byte-order mark; everything else is decoded as UTF-8 with
// replacement, which keeps every ASCII secret intact even in Latin-1 or Shift-JIS files.

const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");
/** Like git: a NUL byte in the first 8000 bytes means binary. */
const SNIFF = 8000;

export function decodeText(buf: Uint8Array): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf16le.decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf16be.decode(buf.subarray(2));
  const head = buf.subarray(0, SNIFF);
  if (head.indexOf(0) !== -1) return undefined;
  return utf8.decode(buf);
}
