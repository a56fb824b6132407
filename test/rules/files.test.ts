// Rules for files recognised by their path: they read the file's start without a keyword, only
// in files whose path matches, and a rule cannot be both kinds at once.
import { describe, expect, it } from "vitest";
import { compileRule } from "../../src/rules/schema.js";
import { createDetector } from "../../src/detect/detect.js";
import { compileAllowlist } from "../../src/rules/schema.js";
import { randomString, rng } from "../support/fake.js";

const rule = {
  id: "demo-key-file",
  description: "demo key file",
  regex: "^([a-f0-9]{32})$",
  files: ["(?:^|/)demo\\.key$"],
  reach: 64,
  match: [],
  nomatch: [],
};

describe("files rules", () => {
  const detector = createDetector({
    rules: [compileRule(rule, "t.toml", "")],
    placeholders: compileAllowlist(undefined, (m) => {
      throw new Error(m);
    }),
  });
  const key = randomString(32, "hex", rng(3));

  it("read matching files whole, with no keyword", () => {
    expect(detector.detect({ path: "conf/demo.key", text: key, startLine: 1 }).map((f) => f.secret)).toEqual([key]);
  });

  it("leave every other file alone", () => {
    expect(detector.detect({ path: "conf/other.key", text: key, startLine: 1 })).toEqual([]);
  });

  it("cannot also have keywords", () => {
    expect(() => compileRule({ ...rule, keywords: ["demo"] }, "t.toml", "")).toThrow(/takes no keywords/);
  });
});
