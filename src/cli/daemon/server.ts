// The hook's daemon: a Node process that stays a while after a commit, with the rules loaded
// and the detector compiled, so the next commit's `leakproof staged` costs Node's start and a
// socket round trip instead of loading and compiling everything again. It runs exactly what
// the client would have run (its arguments, directory, environment and umask), one request at a
// time, and sends back the output and exit code. Whatever goes wrong on its side, the client
// runs the scan itself (client.ts): the daemon can make a commit faster, never let one through.
//
// It listens on a socket in a directory only this user can enter (place.ts), leaves after
// LEAKPROOF_DAEMON_IDLE seconds without a request (default 600) or MAX_RUNS runs, and removes
// its socket then.
import { lstatSync, unlinkSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import * as staged from "../commands/staged.js";
import { reportError } from "../errors.js";
import { runCli } from "../run.js";
import { stayResident } from "../tiering.js";
import { mySocket } from "./place.js";
import { lineReader, parseRequest, type Reply, type RunRequest } from "./protocol.js";

/** Runs before the daemon leaves, so that memory a long run kept does not stay for good. */
const MAX_RUNS = 1000;
const DEFAULT_IDLE_SECONDS = 600;

export function idleSeconds(env: NodeJS.ProcessEnv): number {
  const n = Number(env.LEAKPROOF_DAEMON_IDLE);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_IDLE_SECONDS;
}

/** Whether a daemon answers on `path` already. */
function alive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/** Listens on `path` until idle; resolves when it has left. */
export async function serve(path: string, idleMs: number): Promise<void> {
  stayResident();
  if (await alive(path)) return;
  // A socket left by a daemon that was killed: nobody answers on it.
  if (mySocket(path)) unlinkSync(path);
  process.umask(0o077);
  const server = createServer({ allowHalfOpen: true });
  let runs = 0;
  let queue = Promise.resolve();
  let idle: NodeJS.Timeout | undefined;
  let ino = -1;
  const leave = () => {
    clearTimeout(idle);
    server.close();
    // Only our own: a daemon started after us may have taken the path.
    try {
      if (lstatSync(path).ino === ino) unlinkSync(path);
    } catch {
      // Gone already.
    }
  };
  const rest = () => {
    clearTimeout(idle);
    idle = setTimeout(leave, idleMs);
  };
  server.on("connection", (socket: Socket) => {
    socket.on("error", () => socket.destroy());
    const feed = lineReader((line) => {
      const req = parseRequest(line);
      if (!req) return void socket.destroy();
      if ("stop" in req) {
        socket.end();
        return leave();
      }
      clearTimeout(idle);
      queue = queue.then(async () => {
        if (!socket.destroyed) await answer(socket, req);
        if (++runs >= MAX_RUNS) leave();
        else rest();
      });
    });
    socket.on("data", (chunk: Buffer) => {
      if (!feed(chunk)) socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  ino = lstatSync(path).ino;
  // A failing server (no descriptors left to accept with) leaves: the next hook scans by itself.
  server.on("error", leave);
  rest();
  await new Promise<void>((resolve) => server.once("close", () => resolve()));
}

function send(socket: Socket, reply: Reply): void {
  if (!socket.destroyed) socket.write(`${JSON.stringify(reply)}\n`);
}

async function answer(socket: Socket, req: RunRequest): Promise<void> {
  // The hook's command only: the others run where they were started.
  if (req.argv[0] !== "staged") return void socket.end(`${JSON.stringify({ fallback: "not the hook's command" })}\n`);
  send(socket, { started: true });
  const reply = await asCaller(req, () => runCli(req.argv, () => Promise.resolve(staged)));
  send(socket, reply);
  socket.end();
}

interface Captured {
  restore(): void;
  text(): string;
}

/** Collects what `stream` is given, and makes it look like the client's (a terminal or not, its width). */
function capture(stream: NodeJS.WriteStream, isTTY: boolean, columns: number): Captured {
  const chunks: Buffer[] = [];
  // Own properties as they were (write is usually the prototype's, isTTY a terminal's own).
  const own = ["write", "isTTY", "columns"].map((k) => [k, Object.getOwnPropertyDescriptor(stream, k)] as const);
  type Done = (err?: Error | null) => void;
  const collect = (chunk: string | Uint8Array, enc?: BufferEncoding | Done, cb?: Done): boolean => {
    chunks.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? enc : "utf8") : Buffer.from(chunk),
    );
    const done = typeof enc === "function" ? enc : cb;
    if (done) process.nextTick(done);
    return true;
  };
  stream.write = collect;
  Object.defineProperty(stream, "isTTY", { value: isTTY, configurable: true, writable: true });
  Object.defineProperty(stream, "columns", { value: columns, configurable: true, writable: true });
  return {
    restore() {
      for (const [k, d] of own) {
        if (d) Object.defineProperty(stream, k, d);
        else delete (stream as unknown as Record<string, unknown>)[k];
      }
    },
    text: () => Buffer.concat(chunks).toString("base64"),
  };
}

/** Runs `fn` in the client's directory, environment and umask, with its output captured. */
async function asCaller(req: RunRequest, fn: () => Promise<number>): Promise<Reply> {
  const home = process.cwd();
  try {
    process.chdir(req.cwd);
  } catch {
    return { fallback: `cannot enter ${req.cwd}` };
  }
  const env = process.env;
  const mask = process.umask(req.umask);
  const out = capture(process.stdout, req.tty.out, req.tty.columns);
  const err = capture(process.stderr, req.tty.err, req.tty.columns);
  process.env = req.env;
  const script = process.argv[1] ?? "";
  process.argv[1] = req.script;
  let code: number;
  try {
    code = await fn();
  } catch (e) {
    code = reportError(e);
  } finally {
    process.env = env;
    process.argv[1] = script;
    out.restore();
    err.restore();
    process.umask(mask);
    process.chdir(home);
  }
  return { out: out.text(), err: err.text(), code, pid: process.pid };
}
