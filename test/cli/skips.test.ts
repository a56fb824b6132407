// Skipped files become notes; a keystore (.p12, .pfx, .jks) is named even without --verbose,
// because it cannot be scanned and usually holds a private key.
import { describe, expect, it } from "vitest";
import { skipNotes } from "../../src/cli/skips.js";

describe("skip notes", () => {
  it("name keystores, count other binaries", () => {
    const notes = skipNotes(
      [
        { path: "certs/client.p12", reason: "binary" },
        { path: "Certs/Server.PFX", reason: "binary" },
        { path: "img/logo.png", reason: "binary" },
      ],
      10 * 1048576,
      false,
    );
    expect(notes.filter((n) => n.includes("keystore")).map((n) => n.split(" ")[0])).toEqual([
      "certs/client.p12",
      "Certs/Server.PFX",
    ]);
    expect(notes).toContain("skipped 1 binary file (--verbose lists them)");
  });
});
