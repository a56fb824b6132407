// Which runs of added lines could be part of a multi-line secret (and so get their file read for
// context): the hand-written token scan against the regex and Map it replaces; and the reading of
// those files' blobs while the patches stream.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContextCollector, ContextReader, couldHoldSecret } from "../../src/git/context.js";
import type { ContextSpan, Fragment } from "../../src/types.js";
import { commitAll } from "./support.js";
import { git, tempDir, tempRepo, writeFiles } from "../support/tmp.js";

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** The obvious way: every token by regex, judged on its first 400 characters. */
/** A word of code (see isWord in src/git/context.ts), digits, or nothing. */
const WORD =
  /^(?:[A-Z](?:[A-Z]*|[a-z]*)|[a-z]*)(?:[A-Z][a-z]+)*(?:(?<=[A-Za-z])[0-9]{2,}(?:[a-z]+|(?=[A-Z][a-z]))(?:[A-Z][a-z]+)*)?(?:(?<=[a-z])[A-Z]+)?[0-9]*$/;

/** A line holding a value alone: one token, or `value:` / `- value =` / `"value":` first. */
function valueLine(text: string, at: number): boolean {
  const end = text.indexOf("\n", at);
  const body = text
    .slice(text.lastIndexOf("\n", at - 1) + 1, end === -1 ? text.length : end)
    .replace(/^[ \t]+/, "")
    .replace(/[ \t\r]+$/, "");
  return body !== "" && (!/[ \t]/.test(body) || /^(?:-[ \t]*)?["']?value["']?[ \t]*[:=]/i.test(body));
}

function reference(text: string): boolean {
  for (const m of text.matchAll(/[^\s"'`,;:=(){}[\]<>]{10,}/g)) {
    const t = m[0].slice(0, 400);
    const mixed = /[0-9]/.test(t) && /[A-Za-z]/.test(t);
    const wordy = t.split(/[._/\\?&#@~!*+$%-]/).every((w) => WORD.test(w));
    const random = !wordy || (valueLine(text, m.index) && !/[._/\\?&#@~!*+$%-]/.test(t));
    if ((mixed ? entropy(t) >= 3 : t.length >= 32 && entropy(t) >= 4) && random) return true;
  }
  return false;
}

describe("could a run hold a secret", () => {
  it("answers as the regex scan does (tokens, separators, non-ASCII spaces and surrogate pairs)", () => {
    // Mostly token characters, so that tokens of 10+ are common; a poor alphabet half the time
    // (low entropy), so that both answers come up.
    const stop = fc.constantFrom(..." \t\n\"'`,;:=(){}[]<>", "\u00a0", "\u2028", "\ufeff");
    const textOf = (token: fc.Arbitrary<string>) =>
      fc
        .array(fc.oneof({ arbitrary: token, weight: 12 }, { arbitrary: stop, weight: 1 }), {
          minLength: 10,
          maxLength: 600,
          size: "max",
        })
        .map((cs) => cs.join(""));
    const rich = fc.constantFrom(..."aAbBzZ09x7_-/", "é", "\u{1F511}");
    const poor = fc.constantFrom(..."ab0", "\u{1F511}");
    let yes = 0;
    fc.assert(
      fc.property(fc.oneof(textOf(rich), textOf(poor)), (text) => {
        const want = reference(text);
        if (want) yes++;
        expect(couldHoldSecret(text)).toBe(want);
      }),
      { numRuns: 3000 },
    );
    expect(yes).toBeGreaterThan(100);
    expect(yes).toBeLessThan(2900);
  });

  it("takes a random key and leaves identifiers and prose", () => {
    expect(couldHoldSecret('KEY = "q7s1yg2u8mj24xk0ux3jmh4pemzi"')).toBe(true);
    expect(couldHoldSecret("    return self.get_queryset().filter(active=True)")).toBe(false);
    expect(couldHoldSecret("x".repeat(500) + "0123456789abcdefghij")).toBe(false);
  });

  it("leaves identifiers, paths and URLs made of words, takes random material of every alphabet", () => {
    for (const code of [
      "def handler_1000_2(request, token_store):",
      "    return hashlib.sha512(x).hexdigest()",
      "# See https://bugs.python.org/issue20164 and https://github.com/celery/celery/issues/4312",
      "        return self.result_consumer._wait_for_pending(",
      'api_key = os.environ["SERVICE_12_API_KEY"]',
      "import { getQueryset2, XMLParser3 } from './lib/models/userAccount42.js'",
      "mail admin@example.com or visit www.example.org/path-to/page_2?id=7&x=y#top",
      "    I18n.load_path |= reloadable_paths.flat_map(&:existent)  # utf8mb4, b64encode",
      "    _deep_transform_values_in_object!(self, &block)",
      "    ActiveSupport::Multibyte.proxy_class = CharsForUTF32; self.macOS_proxy_detection_workaround()",
      "class ISO8601DateTime(ParamType): FORMATTER = Terminal256Formatter()",
      // Alone on a line, but code: a dotted path, a call.
      "        celery.exceptions.ImproperlyConfigured:",
      "            self.backend.remove_pending_result(self)",
      '    "aes-256-gcm"',
      "    value: value or ctx.obj.app.conf.beat_schedule_filename,",
      '    >>> fetch("https://api.example.com/v2/users/12345/orders?page=3&sort=created_at#results")',
    ])
      expect(couldHoldSecret(code), code).toBe(false);
    for (const secret of [
      "  abcd1234ef567890abcd1234ef567890abcd1234",
      "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
      "    'x7#kz!9q-(m2u&w8@e^5r*t1y=o3p+i4l6a0s%d',",
      "  value: 123e4567-e89b-12d3-a456-426614174000",
      '  - value: "P@ssw0rd-Winter2024"',
      // Words and digits where a value stands alone are a password: a Kubernetes entry, a YAML
      // block's body, a list element.
      "    value: Winter2024Spring",
      '      "value": "monkey123456"',
      "      Qwerty123456",
      "    'winter2024spring',",
      "test--dad7b06c94abba8d46a15fafaef56c327665d5ff",
    ])
      expect(couldHoldSecret(secret), secret).toBe(true);
  });
});

describe("blobs read for context while the patches stream", () => {
  const run = (text: string, startLine: number): Fragment => ({ path: "k.txt", text, startLine, commit: "c" });
  const near = "Zq8Wm3Xr7Tp2Lk5Nb";
  const alone = "Yw4Hc9Ld2Fs7Gk3Mv";

  it("hands each held run on with the lines around it, marked where keywords matter", async () => {
    const repo = tempRepo();
    writeFiles(repo, { "k.txt": ["# key", "BEGIN", near, "END", "tail", alone].join("\n") + "\n" });
    commitAll(repo);
    const blob = git(repo, "rev-parse", "HEAD:k.txt").trim();
    const out: Fragment[] = [];
    // Keywords matter from the file's start up to the first run; nowhere for the second.
    const spanOf: ContextSpan = (_p, text, full, r) => (text.slice(r[0], r[1]) === near ? [full[0], r[1]] : undefined);
    const reader = new ContextReader(repo, 64, 1048576, (f) => out.push(f), spanOf);
    const collect = new ContextCollector(
      { reach: 64 },
      (f) => out.push(f),
      (p) => reader.add(p),
    );
    expect(collect.take(run(near, 3))).toBe(true);
    expect(collect.take(run(alone, 6))).toBe(true);
    collect.endFile({ path: "k.txt", status: "modified", newId: blob, binary: false }, "c");
    collect.end();
    await reader.end();
    expect(out.map((f) => [f.startLine, f.context?.from, f.text.slice(...f.context!.keywordsIn!)])).toEqual([
      [1, 3, ["# key", "BEGIN", near].join("\n")],
      [1, 6, alone],
    ]);
  });

  it("fails the scan, not the process, when git cannot read the blobs", async () => {
    const reader = new ContextReader(tempDir(), 64, 1048576, () => undefined);
    const collect = new ContextCollector(
      { reach: 64 },
      () => undefined,
      (p) => reader.add(p),
    );
    collect.take(run(near, 1));
    collect.endFile({ path: "k.txt", status: "modified", newId: "1".repeat(40), binary: false }, "c");
    // git fails while the patches would still stream: nothing unhandled meanwhile, end() throws.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(reader.end()).rejects.toThrow(/git cat-file/);
  });
});
