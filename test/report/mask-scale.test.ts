// Masking a report stays linear in its size when thousands of secrets share a prefix (a settings
// dump of Django keys, a list of tokens): counted in string operations, never in time.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Masker } from "../../src/report/mask.js";
import { randomString, rng } from "../support/fake.js";

afterEach(() => vi.restoreAllMocks());

describe("Masker with many secrets", () => {
  it("does a bounded number of string operations per character, however many secrets share a prefix", () => {
    const next = rng(3);
    const secrets = Array.from({ length: 5000 }, () => "django-insecure-" + randomString(50, "django", next));
    const masker = new Masker(secrets);
    const line = `SECRET_KEY = "${secrets[4321]!}"  # and ${secrets[7]!}`;
    const startsWith = vi.spyOn(String.prototype, "startsWith");
    const slice = vi.spyOn(String.prototype, "slice");
    const out = masker.mask(line);
    const ops = startsWith.mock.calls.length + slice.mock.calls.length;
    vi.restoreAllMocks();
    expect(out).not.toContain(secrets[4321]);
    expect(out).not.toContain(secrets[7]);
    expect(out).toMatch(/^SECRET_KEY = "[^"]{1,5}…" {2}# and [^ ]{1,5}…$/);
    // Comparing each secret that shares the prefix at each occurrence was 5,000 per occurrence.
    expect(ops).toBeLessThan(line.length * 4);
  });
});
