// What the hook's client and its daemon say over the socket: one JSON line each way (and a
// "started" line first from the daemon). Output travels as base64 of the bytes written, so a
// character split across two writes arrives whole.

/** The version of this protocol; a daemon answers only requests of its own. */
export const PROTOCOL = 1;

/** A run of `leakproof ARGV` as the client would have made it. */
export interface RunRequest {
  v: typeof PROTOCOL;
  argv: string[];
  /** The path the client was started as (process.argv[1]): the fix hint names it. */
  script: string;
  cwd: string;
  env: Record<string, string>;
  umask: number;
  /** Whether the client's stdout and stderr are terminals (colours, progress), and its width. */
  tty: { out: boolean; err: boolean; columns: number };
}

export interface StopRequest {
  v: typeof PROTOCOL;
  stop: true;
}

export type Request = RunRequest | StopRequest;

/** The daemon's answer: the run's output and exit code, or `fallback` (the client runs it itself). */
export type Reply = { started: true } | { out: string; err: string; code: number; pid: number } | { fallback: string };

/** The longest line either side reads (an environment is a few KB; output the size of a report). */
export const MAX_LINE = 64 * 1024 * 1024;

function isStringRecord(x: unknown): x is Record<string, string> {
  return typeof x === "object" && x !== null && Object.values(x).every((v) => typeof v === "string");
}

/** A request line parsed and checked, or undefined for anything else. */
export function parseRequest(line: string): Request | undefined {
  let x: Record<string, unknown>;
  try {
    x = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof x !== "object" || x === null || x.v !== PROTOCOL) return undefined;
  if (x.stop === true) return { v: PROTOCOL, stop: true };
  const tty = x.tty as Record<string, unknown> | undefined;
  const ok =
    Array.isArray(x.argv) &&
    x.argv.every((a) => typeof a === "string") &&
    typeof x.script === "string" &&
    typeof x.cwd === "string" &&
    isStringRecord(x.env) &&
    typeof x.umask === "number" &&
    typeof tty === "object" &&
    tty !== null &&
    typeof tty.out === "boolean" &&
    typeof tty.err === "boolean" &&
    typeof tty.columns === "number";
  return ok ? (x as unknown as RunRequest) : undefined;
}

/**
 * Splits a stream into lines: `onLine` for each whole one; false once a line passes MAX_LINE
 * (the caller closes the connection).
 */
export function lineReader(onLine: (line: string) => void): (chunk: Buffer) => boolean {
  let held: Buffer[] = [];
  let size = 0;
  return (chunk) => {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      held.push(chunk.subarray(start, nl));
      const line = Buffer.concat(held).toString("utf8");
      held = [];
      size = 0;
      start = nl + 1;
      onLine(line);
    }
    if (start < chunk.length) {
      held.push(chunk.subarray(start));
      size += chunk.length - start;
    }
    return size <= MAX_LINE;
  };
}
