// .env values (src/remedy/dotenv.ts): written so every reader reads them back the same.
import { describe, expect, it } from "vitest";
import { dotenvLine, gitignoreCovers, parseDotenv } from "../../src/remedy/dotenv.js";
import { CLASSES, randomString, djangoKey } from "../support/fake.js";

describe(".env values", () => {
  it("every value dotenvLine writes reads back the same", () => {
    for (const cls of Object.keys(CLASSES)) {
      for (let i = 0; i < 50; i++) {
        const v = randomString(1 + Math.floor(Math.random() * 60), cls);
        const line = dotenvLine("K", v);
        if (line === undefined) continue;
        expect(parseDotenv(line + "\n").get("K")).toBe(v);
      }
    }
    // Django's alphabet always fits (single quotes).
    const key = djangoKey();
    expect(dotenvLine("K", key)).toBe(/^[A-Za-z0-9_./:+=@,%-]+$/.test(key) ? `K=${key}` : `K='${key}'`);
  });

  it("values with a quote, a backslash or a line break are not written", () => {
    for (const v of ["a'b", "a\\b", "a\nb", " lead"]) expect(dotenvLine("K", v)).toBeUndefined();
  });

  it("parses the common forms", () => {
    const vars = parseDotenv(`# c\nA=1\nexport B="x\\"y"\nC='l$t # x'\nD=v # comment\r\nE=\n`);
    expect([...vars]).toEqual([
      ["A", "1"],
      ["B", 'x"y'],
      ["C", "l$t # x"],
      ["D", "v"],
      ["E", ""],
    ]);
  });

  it("gitignoreCovers", () => {
    expect(gitignoreCovers(undefined, ".env")).toBe(false);
    expect(gitignoreCovers(".env\n", "deploy/.env")).toBe(true);
    expect(gitignoreCovers("/.env\n", "deploy/.env")).toBe(false);
    expect(gitignoreCovers(".env*\n!.env\n", ".env")).toBe(false);
  });
});
