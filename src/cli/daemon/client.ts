// The hook's side of the daemon (server.ts): hand `leakproof staged` to a daemon of this very
// build if one listens, else say so and let main.ts run it here (and start one for the next
// commit). Any failure on the way (no socket, a busy or dying daemon, a reply that does not
// parse) means "run it here": the daemon can only make a commit faster.
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname } from "node:path";
import { mySocket } from "./place.js";
import { lineReader, PROTOCOL, type Reply, type RunRequest } from "./protocol.js";

/** How long a daemon may take to start on a request (it may be busy with another commit's). */
const START_MS = 2000;

/** The daemon's answer, or why there is none: `absent` when nobody listens (start one). */
export type Outcome = { code: number } | { absent: boolean };

/** Asks the daemon on `path` to run `argv` as this process would. */
export function askDaemon(path: string, argv: string[]): Promise<Outcome> {
  if (!mySocket(path)) return Promise.resolve({ absent: true });
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(o);
    };
    const socket = connect(path);
    const timer = setTimeout(() => done({ absent: false }), START_MS);
    socket.once("error", (e: NodeJS.ErrnoException) =>
      done({ absent: e.code === "ECONNREFUSED" || e.code === "ENOENT" }),
    );
    socket.once("close", () => done({ absent: false }));
    socket.once("connect", () => socket.write(`${JSON.stringify(request(argv))}\n`));
    const feed = lineReader((line) => {
      let reply: Reply;
      try {
        reply = JSON.parse(line) as Reply;
      } catch {
        return done({ absent: false });
      }
      if ("started" in reply) return clearTimeout(timer);
      if ("fallback" in reply || typeof reply.code !== "number") return done({ absent: false });
      process.stdout.write(Buffer.from(reply.out, "base64"));
      process.stderr.write(Buffer.from(reply.err, "base64"));
      if (argv.includes("--verbose") || argv.includes("-v"))
        process.stderr.write(
          `leakproof: scanned by the daemon (pid ${reply.pid}; LEAKPROOF_DAEMON=0 scans in the hook's own process)\n`,
        );
      done({ code: reply.code });
    });
    socket.on("data", (chunk: Buffer) => {
      if (!feed(chunk)) done({ absent: false });
    });
  });
}

function request(argv: string[]): RunRequest {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  const mask = process.umask();
  return {
    v: PROTOCOL,
    argv,
    script: process.argv[1] ?? "",
    cwd: process.cwd(),
    env,
    umask: mask,
    tty: {
      out: process.stdout.isTTY === true,
      err: process.stderr.isTTY === true,
      columns: process.stdout.columns ?? 0,
    },
  };
}

/**
 * Starts a daemon on `sock` for the next commit, detached (its own session, no stdio: git and CI
 * wait for nothing of it) and with only what Node needs to start (each request brings its environment).
 */
export function startDaemon(main: string, sock: string): void {
  const keep = ["PATH", "HOME", "LEAKPROOF_DAEMON_IDLE", "SYSTEMROOT"];
  const env: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k]!;
  try {
    // Loaded here: a commit the daemon answers spawns nothing.
    const { spawn } = createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
    spawn(process.execPath, [main, "__daemon", sock], {
      detached: true,
      stdio: "ignore",
      cwd: dirname(sock),
      env,
    }).unref();
  } catch {
    // Only an optimisation: the next commit runs here again.
  }
}
