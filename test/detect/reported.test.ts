// What a changed run's own scan reports by a token's shape (src/detect/reported.ts): those tokens
// need no context read around them; a token only a generic or keyword rule found still does.
import { describe, expect, it } from "vitest";
import { createDetector } from "../../src/detect/detect.js";
import { reportedByShape } from "../../src/detect/reported.js";
import { couldHoldSecret } from "../../src/git/context.js";
import { loadRuleDir } from "../../src/rules/load.js";
import { fake, randomString } from "../support/fake.js";

const rules = loadRuleDir();
const detector = createDetector(rules);
const reported = reportedByShape((f) => detector.detect(f), rules);

describe("reportedByShape", () => {
  it("gives a format token's secret, not a generic rule's, nor a key file's", () => {
    const pat = fake("gh", "p_", randomString(36, "alnum"));
    const generic = randomString(28, "alnum");
    const text = `UPSTREAM=${pat}\npassword = "${generic}"\n`;
    expect(reported({ path: "app/settings.py", text, startLine: 1 })).toEqual([pat]);
    // Reported by the file's name (a private key file), not by a token's shape.
    const body = [fake("MII", randomString(61, "base64")), ...[1, 2, 3].map(() => randomString(64, "base64"))];
    const keyFile = { path: "id_rsa", text: `${body.join("\n")}\n${randomString(40, "base64")}=\n`, startLine: 1 };
    expect(detector.detect(keyFile).map((f) => f.ruleId)).toContain("ssh-private-key-file");
    expect(reported(keyFile)).toEqual([]);
  });

  it("leaves a run context only for what looks random and is not reported already", () => {
    const pat = fake("gh", "p_", randomString(36, "alnum"));
    const other = randomString(32, "alnum");
    const line = `UPSTREAM=${pat}`;
    expect(couldHoldSecret(line)).toBe(true);
    expect(couldHoldSecret(line, reported({ path: "a.env", text: line, startLine: 1 }))).toBe(false);
    // Another random token beside it still needs context; so does the token inside more random text.
    expect(couldHoldSecret(`${line} ${other}`, [pat])).toBe(true);
    expect(couldHoldSecret(`x=${other}${pat}`, [pat])).toBe(true);
    expect(couldHoldSecret(`x=ab${pat}`, [pat])).toBe(false);
  });
});
