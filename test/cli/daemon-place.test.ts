// Where the hook's daemon listens (src/cli/daemon/place.ts): when it is wanted, and a socket
// path that names the build, fits every system's limit and exists only in a private directory.
import { chmodSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { daemonWanted, socketPath } from "../../src/cli/daemon/place.js";
import { tempDir } from "../support/tmp.js";

describe("daemonWanted", () => {
  it("is on by default, off under CI unless asked for, off with LEAKPROOF_DAEMON=0", () => {
    expect(daemonWanted({})).toBe(true);
    expect(daemonWanted({ CI: "" })).toBe(true);
    expect(daemonWanted({ CI: "false" })).toBe(true);
    expect(daemonWanted({ CI: "true" })).toBe(false);
    expect(daemonWanted({ CI: "1" })).toBe(false);
    expect(daemonWanted({ CI: "true", LEAKPROOF_DAEMON: "1" })).toBe(true);
    expect(daemonWanted({ LEAKPROOF_DAEMON: "0" })).toBe(false);
  });
});

describe("socketPath", () => {
  function bundle(): string {
    const f = join(tempDir(), "daemon.js");
    writeFileSync(f, "// a build\n");
    return f;
  }

  it("names the build (a rebuilt bundle gets another socket), in $XDG_RUNTIME_DIR/leakproof, made private", () => {
    const runtime = tempDir();
    const file = bundle();
    const path = socketPath({ XDG_RUNTIME_DIR: runtime }, file, true)!;
    expect(path).toMatch(new RegExp(`^${runtime}/leakproof/staged-[0-9a-f]{16}\\.sock$`));
    expect(socketPath({ XDG_RUNTIME_DIR: runtime }, file, false)).toBe(path);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(socketPath({ XDG_RUNTIME_DIR: runtime }, file, false)).not.toBe(path);
  });

  it("is none where the directory is open to others, missing and not to be made, or the path too long", () => {
    const runtime = tempDir();
    mkdirSync(join(runtime, "leakproof"));
    chmodSync(join(runtime, "leakproof"), 0o755);
    expect(socketPath({ XDG_RUNTIME_DIR: runtime }, bundle(), true)).toBeUndefined();
    expect(socketPath({ XDG_RUNTIME_DIR: join(tempDir(), "missing") }, bundle(), false)).toBeUndefined();
    const deep = join(tempDir(), "d".repeat(60));
    mkdirSync(deep, { mode: 0o700 });
    expect(socketPath({ XDG_RUNTIME_DIR: deep }, bundle(), true)).toBeUndefined();
    expect(socketPath({ XDG_RUNTIME_DIR: tempDir() }, join(tempDir(), "no-such.js"), true)).toBeUndefined();
  });
});
