// Where the hook's daemon listens, and whether that place is safe. A socket in a directory
// another user could write is somebody else's daemon: it would receive the commit's environment
// and could answer "clean". So the directory must be this user's alone (mode 0700 or stricter,
// not a symlink), as tmux and ssh-agent require of theirs, and the socket this user's.
import { lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { tag } from "../tag.js";

/** Linux allows 107 bytes for a socket's path, macOS 103: past that, no daemon. */
const MAX_SOCKET_PATH = 100;

/** Whether the daemon may be used: not on Windows, not under CI (one run there: nothing to gain), not when turned off. */
export function daemonWanted(env: NodeJS.ProcessEnv): boolean {
  if (process.platform === "win32" || typeof process.getuid !== "function") return false;
  if (env.LEAKPROOF_DAEMON === "0") return false;
  if (env.LEAKPROOF_DAEMON === "1") return true;
  return !env.CI || env.CI === "false" || env.CI === "0";
}

/** The directory for this user's sockets: $XDG_RUNTIME_DIR/leakproof, else <tmp>/leakproof-<uid>. */
export function socketDir(env: NodeJS.ProcessEnv): string {
  const runtime = env.XDG_RUNTIME_DIR;
  return runtime && isAbsolute(runtime) ? join(runtime, "leakproof") : join(tmpdir(), `leakproof-${process.getuid!()}`);
}

/** Whether `dir` is a real directory only this user can enter or write. */
export function privateDir(dir: string): boolean {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid!() && (st.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/** The socket of the daemon built from `bundle` (its path and build) under this Node, or undefined when there is no safe place. */
export function socketPath(env: NodeJS.ProcessEnv, bundle: string, create: boolean): string | undefined {
  const dir = socketDir(env);
  if (create) {
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch {
      // It exists (checked next), or cannot be made (no daemon).
    }
  }
  if (!privateDir(dir)) return undefined;
  let build: string;
  try {
    const st = lstatSync(bundle);
    build = `${process.execPath}\0${bundle}\0${process.version}\0${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}`;
  } catch {
    return undefined;
  }
  // 64 bits of the build's identity: short enough for macOS's per-user temporary directory.
  const path = join(dir, `staged-${tag(build)}${tag(build, 0x01000193)}.sock`);
  return Buffer.byteLength(path) <= MAX_SOCKET_PATH ? path : undefined;
}

/** Whether `path` is a socket of this user's (or absent: false). */
export function mySocket(path: string): boolean {
  try {
    const st = lstatSync(path);
    return st.isSocket() && st.uid === process.getuid!();
  } catch {
    return false;
  }
}
