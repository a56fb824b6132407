// Django's own weak-key check (security.W009), as leakproof words it.
import { describe, expect, it } from "vitest";
import { weakDjangoKeyNotes } from "../../src/remedy/django.js";
import { randomString, insecureDjangoKey, djangoKey } from "../support/fake.js";

const secret = insecureDjangoKey();

describe("weakDjangoKeyNotes (security.W009)", () => {
  it("labels short, repetitive and startproject keys", () => {
    expect(weakDjangoKeyNotes(secret).join()).toMatch(/django-insecure-/);
    expect(weakDjangoKeyNotes("aaaa".repeat(20)).join()).toMatch(/fewer than 5 unique/);
    expect(weakDjangoKeyNotes(randomString(20, "alnum")).join()).toMatch(/20 characters, fewer than 50/);
    expect(weakDjangoKeyNotes(djangoKey().replace(/^./, "k"))).toEqual([]);
  });
});
