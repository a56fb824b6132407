// A yes/no question on the terminal, for commands that change files (leakproof fix).
import { closeSync, createReadStream, openSync } from "node:fs";

/** The answer typed on the terminal; undefined when there is no terminal to ask on. */
export async function ask(question: string): Promise<string | undefined> {
  let input: NodeJS.ReadableStream | undefined;
  let close = () => {};
  if (process.stdin.isTTY) input = process.stdin;
  else if (process.stderr.isTTY) {
    // stdin is taken (a pipe), but a person is at the terminal.
    try {
      closeSync(openSync("/dev/tty", "r"));
      const tty = createReadStream("/dev/tty");
      input = tty;
      close = () => tty.destroy();
    } catch {
      input = undefined;
    }
  }
  if (!input) return undefined;
  // Loaded here, not at the top: the bundled hook path would otherwise load readline on every commit.
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input, output: process.stderr, terminal: false });
  process.stderr.write(question);
  try {
    return await new Promise<string>((done) => {
      rl.once("line", done);
      rl.once("close", () => done(""));
    });
  } finally {
    rl.close();
    close();
  }
}
